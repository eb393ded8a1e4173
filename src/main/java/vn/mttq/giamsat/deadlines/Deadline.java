package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A registered deadline as the engine reports it back to features. */
public record Deadline(@Nullable Long id, String sourceType, String sourceId, String title, @Nullable String link,
                       long unitId, @Nullable Long responsibleAccountId, LocalDate receivedOn, int workingDays,
                       LocalDate dueDate, DeadlineStatus status, @Nullable LocalDate finishedOn) {
}
