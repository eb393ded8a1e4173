package vn.mttq.giamsat.outreach;

/** What a session is (provincial plan II.2 and the reviews it asks every level to hold). */
public enum SessionKind {
    CONVEY_CONFERENCE, TRAINING_COURSE, DIALOGUE, INTERIM_REVIEW, FINAL_REVIEW;

    public boolean isReview() {
        return this == INTERIM_REVIEW || this == FINAL_REVIEW;
    }
}
