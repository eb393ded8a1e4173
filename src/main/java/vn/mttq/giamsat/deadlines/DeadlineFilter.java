package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a list of deadlines shows: one status, optionally a due-date window and a search text. */
public record DeadlineFilter(DeadlineStatus status, @Nullable LocalDate dueFrom, @Nullable LocalDate dueBy, @Nullable String text) {
}
