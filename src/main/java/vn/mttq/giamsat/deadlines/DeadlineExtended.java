package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;

/**
 * Published when an item's deadline is extended (from any page), so that a feature keeping the
 * due date beside its own record for its lists stays in step with the engine.
 */
public record DeadlineExtended(String sourceType, String sourceId, int workingDays, LocalDate newDueDate) {
}
