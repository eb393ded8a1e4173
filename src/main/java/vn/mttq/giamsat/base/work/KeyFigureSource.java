package vn.mttq.giamsat.base.work;

import vn.mttq.giamsat.base.security.PortalUser;

import java.time.LocalDate;
import java.util.List;

/** A feature's key figures for the home page, over the person's scope (empty for roles it has none for). */
public interface KeyFigureSource {

    List<KeyFigure> figuresFor(PortalUser user, LocalDate today);
}
