package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a list of deadlines shows: one status, optionally a due-date window, a search text, one
 * unit's subtree ({@code unitId} 0: the person's whole scope) and, for finished items, "finished
 * on time since" a day (the home page's figure "xong đúng hạn từ …" opens exactly those).
 */
public record DeadlineFilter(DeadlineStatus status, @Nullable LocalDate dueFrom, @Nullable LocalDate dueBy, @Nullable String text,
                             long unitId, @Nullable LocalDate onTimeSince) {

    public DeadlineFilter(DeadlineStatus status, @Nullable LocalDate dueFrom, @Nullable LocalDate dueBy, @Nullable String text, long unitId) {
        this(status, dueFrom, dueBy, text, unitId, null);
    }

    /** The first day of the half-year holding a day: the span of the home page's "on time" figure. */
    public static LocalDate halfYearStart(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
    }

    public DeadlineFilter(DeadlineStatus status, @Nullable LocalDate dueFrom, @Nullable LocalDate dueBy, @Nullable String text) {
        this(status, dueFrom, dueBy, text, 0);
    }
}
