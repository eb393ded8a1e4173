package vn.mttq.giamsat.outreach;

/** A good practice is proposed by its unit and recognised, or not, by the level above. */
public enum PracticeStatus {
    PROPOSED, RECOGNISED, NOT_RECOGNISED;

    public String badgeClass() {
        return switch (this) {
            case PROPOSED -> "state-waiting";
            case RECOGNISED -> "state-done";
            case NOT_RECOGNISED -> "state-cancelled";
        };
    }
}
