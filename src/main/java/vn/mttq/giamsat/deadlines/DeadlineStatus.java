package vn.mttq.giamsat.deadlines;

/** OPEN until the responsible body answers (MET) or the item is withdrawn or archived (CLOSED). */
public enum DeadlineStatus {
    OPEN, MET, CLOSED
}
