package vn.mttq.giamsat.supervision;

/** What the party committee's answer decided about a recommendation. */
public enum Outcome {
    ACCEPTED, PARTLY_ACCEPTED, NOT_ACCEPTED, VIOLATION_DISCIPLINE
}
