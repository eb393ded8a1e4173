package vn.mttq.giamsat.home;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.mttq.giamsat.base.KeyFigure;
import vn.mttq.giamsat.base.KeyFigureSource;
import vn.mttq.giamsat.base.PortalUser;
import vn.mttq.giamsat.base.WorkItem;
import vn.mttq.giamsat.base.WorkSource;

/** Gathers every feature's contribution to the home page; each source checks its own access. */
@Service
class MyWork {

    private final List<WorkSource> sources;
    private final List<KeyFigureSource> figureSources;

    MyWork(List<WorkSource> sources, List<KeyFigureSource> figureSources) {
        this.sources = sources;
        this.figureSources = figureSources;
    }

    List<WorkItem> items(PortalUser user, LocalDate today, int limit) {
        return sources.stream().flatMap(s -> s.workFor(user, today, limit).stream())
                .sorted(WorkItem.MOST_URGENT_FIRST).limit(limit).toList();
    }

    List<KeyFigure> figures(PortalUser user, LocalDate today) {
        return figureSources.stream().flatMap(s -> s.figuresFor(user, today).stream()).toList();
    }
}
