package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the reminder scan needs of an open item: read as a projection, not as managed entities. */
record DueItem(long id, String title, @Nullable String link, long unitId, @Nullable Long responsibleAccountId,
               LocalDate dueDate) {
}
