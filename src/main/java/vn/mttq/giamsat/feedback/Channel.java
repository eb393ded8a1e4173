package vn.mttq.giamsat.feedback;

/** How a case reached the Front. */
public enum Channel {
    CONFERENCE, LETTER, MAILBOX, HOTLINE, EMAIL, WEBSITE, IN_PERSON, ONLINE
}
