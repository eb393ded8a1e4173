package vn.mttq.giamsat.periodicreports;

/**
 * A unit's report: drafted, submitted to the level above, accepted, or returned with a comment
 * and then submitted again. A consolidated report is drafted and then issued with a number.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED, ISSUED;

    /** The unit may still change its figures and text. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Counted in the consolidation of the level above. */
    public boolean isSent() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    public String badgeClass() {
        return switch (this) {
            case DRAFT -> "state-draft";
            case SUBMITTED -> "state-waiting";
            case RETURNED -> "state-overdue";
            case ACCEPTED, ISSUED -> "state-done";
        };
    }
}
