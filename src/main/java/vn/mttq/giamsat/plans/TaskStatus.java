package vn.mttq.giamsat.plans;

/** A task's life: open (the assignee works), submitted (waiting for the issuer), done, or returned with a comment. */
public enum TaskStatus {
    OPEN, SUBMITTED, DONE, RETURNED
}
