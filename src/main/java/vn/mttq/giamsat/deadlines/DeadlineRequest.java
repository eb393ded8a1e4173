package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a feature registers: its own identity for the item ({@code sourceType}/{@code sourceId},
 * e.g. "supervision-recommendation"/"42"), a title for reminders, a portal link, the unit that
 * must act, optionally the responsible account, the day of receipt and the legal working days
 * (20 for Regulation 124, 30 for a complex case).
 */
public record DeadlineRequest(String sourceType, String sourceId, String title, @Nullable String link, long unitId,
                              @Nullable Long responsibleAccountId, LocalDate receivedOn, int workingDays) {
}
