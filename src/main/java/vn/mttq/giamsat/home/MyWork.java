package vn.mttq.giamsat.home;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.work.KeyFigure;
import vn.mttq.giamsat.base.work.KeyFigureSource;
import vn.mttq.giamsat.base.work.WorkItem;
import vn.mttq.giamsat.base.work.WorkSource;

/** Gathers every feature's contribution to the home page; each source checks its own access. */
@Service
class MyWork {

    private final List<WorkSource> sources;
    private final List<KeyFigureSource> figureSources;

    MyWork(List<WorkSource> sources, List<KeyFigureSource> figureSources) {
        this.sources = sources;
        this.figureSources = figureSources;
    }

    /**
     * The person's work, most urgent first. One record appears once: a plan waiting for
     * confirmation is not listed again as the unread notice that announced it, and two notices of
     * one record show the newest.
     */
    List<WorkItem> items(PortalUser user, LocalDate today, int limit) {
        List<WorkItem> all = sources.stream().flatMap(s -> s.workFor(user, today, limit).stream())
                .sorted(WorkItem.MOST_URGENT_FIRST).toList();
        // a record with something to do keeps that item; its notices give way
        Set<String> records = new HashSet<>();
        all.stream().filter(i -> !NOTICE.equals(i.kindKey())).forEach(i -> recordOf(i.link()).ifPresent(records::add));
        return all.stream()
                .filter(i -> !NOTICE.equals(i.kindKey()) || recordOf(i.link()).map(records::add).orElse(true))
                .limit(limit).toList();
    }

    /** The kind of a home item that is an unread notification (notifications.UnreadWork). */
    static final String NOTICE = "work.kind.notification";

    /** The record a link opens ("ke-hoach/12" of "ke-hoach/12?tab=…"); none for a list ("han-xu-ly"). */
    static Optional<String> recordOf(@Nullable String link) {
        if (link == null) {
            return Optional.empty();
        }
        String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
        return path.matches(".*/\\d+") ? Optional.of(path) : Optional.empty();
    }

    List<KeyFigure> figures(PortalUser user, LocalDate today) {
        return figureSources.stream().flatMap(s -> s.figuresFor(user, today).stream()).toList();
    }
}
