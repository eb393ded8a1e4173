package vn.mttq.giamsat.base.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One thing a person must act on, as the home page lists it. {@code kindKey} is a translation
 * key naming the kind of work (a recommendation, a case, a notification…), {@code detail} says
 * where or from whom (a unit, a message's text); {@code workingDays}
 * is what is left before the due date (negative: working days overdue).
 */
public record WorkItem(String kindKey, String title, @Nullable String detail, @Nullable LocalDate dueDate,
                       int workingDays, Urgency urgency, @Nullable Instant at, @Nullable String link, @Nullable String badgeKey) {

    /** An item whose badge says how much time is left (or, for news, the page's default). */
    public WorkItem(String kindKey, String title, @Nullable String detail, @Nullable LocalDate dueDate, int workingDays,
                    Urgency urgency, @Nullable Instant at, @Nullable String link) {
        this(kindKey, title, detail, dueDate, workingDays, urgency, at, link, null);
    }

    public enum Urgency { OVERDUE, DUE_SOON, INFO }

    /** Most urgent first: overdue (longest overdue first), then due soonest, then the newest news. */
    public static final Comparator<WorkItem> MOST_URGENT_FIRST = Comparator
            .comparing(WorkItem::urgency)
            .thenComparingInt(WorkItem::workingDays)
            .thenComparing(WorkItem::at, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(WorkItem::title);
}
