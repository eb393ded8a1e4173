package vn.mttq.giamsat.plans;

import java.time.LocalDate;

/** How often a task comes back: each occurrence is a task of its own with its own due date. */
public enum Recurrence {
    NONE(0), HALF_YEARLY(6), YEARLY(12);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    LocalDate after(LocalDate due, int occurrence) {
        return due.plusMonths((long) months * occurrence);
    }
}
