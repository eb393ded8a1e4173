package vn.mttq.giamsat.outreach;

/** planned → held (with the actual counts) → reported; cancelled with a reason from planned. */
public enum SessionStatus {
    PLANNED, HELD, REPORTED, CANCELLED;

    public boolean mayBecome(SessionStatus next) {
        return switch (this) {
            case PLANNED -> next == HELD || next == CANCELLED;
            case HELD -> next == REPORTED;
            case REPORTED, CANCELLED -> false;
        };
    }

    /** Held sessions count in the figures; planned and cancelled ones do not. */
    public boolean counts() {
        return this == HELD || this == REPORTED;
    }

    /** The shared badge colours of docs/ux.md. */
    public String badgeClass() {
        return switch (this) {
            case PLANNED -> "state-progress";
            case HELD -> "state-waiting";
            case REPORTED -> "state-done";
            case CANCELLED -> "state-cancelled";
        };
    }
}
