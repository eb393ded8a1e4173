package vn.mttq.giamsat.notifications;

/** How a person wants notifications by e-mail: each at once, one summary a day, or none. */
public enum EmailMode {
    IMMEDIATE, DIGEST, NONE
}
