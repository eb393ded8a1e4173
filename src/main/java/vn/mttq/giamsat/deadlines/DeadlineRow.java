package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A deadline with its unit's name, for lists. */
public record DeadlineRow(long id, String sourceType, String sourceId, String title, @Nullable String link, String unitName,
                          LocalDate receivedOn, int workingDays, LocalDate dueDate, DeadlineStatus status) {
}
