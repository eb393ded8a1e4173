package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a list of deadlines shows: one status, optionally a due-date window, a search text and one
 * unit's subtree ({@code unitId} 0: the person's whole scope).
 */
public record DeadlineFilter(DeadlineStatus status, @Nullable LocalDate dueFrom, @Nullable LocalDate dueBy, @Nullable String text,
                             long unitId) {

    public DeadlineFilter(DeadlineStatus status, @Nullable LocalDate dueFrom, @Nullable LocalDate dueBy, @Nullable String text) {
        this(status, dueFrom, dueBy, text, 0);
    }
}
