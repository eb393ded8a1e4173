package vn.mttq.giamsat.supervision;

/**
 * A recommendation: drafted with the findings; sent with the letter but not yet known to be
 * received (no deadline yet); awaiting the party committee's answer (deadline running); answered
 * and followed up; done when the recommended action is carried out; closed by the Standing
 * Committee otherwise.
 */
public enum RecommendationStatus {
    DRAFT, AWAITING_RECEIPT, AWAITING_ANSWER, ANSWERED, DONE, CLOSED;

    public boolean isOpen() {
        return this == AWAITING_RECEIPT || this == AWAITING_ANSWER || this == ANSWERED;
    }

    public String badgeClass() {
        return switch (this) {
            case DRAFT -> "state-draft";
            case AWAITING_RECEIPT, AWAITING_ANSWER -> "state-waiting";
            case ANSWERED -> "state-progress";
            case DONE -> "state-done";
            case CLOSED -> "state-cancelled";
        };
    }
}
