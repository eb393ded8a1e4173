package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A deadline with its unit's full name (documents) and short name (lists, the home page). */
public record DeadlineRow(long id, String sourceType, String sourceId, String title, @Nullable String link, String unitName,
                          String unitShortName,
                          LocalDate receivedOn, int workingDays, LocalDate dueDate, DeadlineStatus status) {
}
