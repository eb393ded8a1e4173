package vn.mttq.giamsat.outreach;

/** What a propaganda activity's quantity counts. */
public enum QuantityUnit {
    SESSIONS, ARTICLES, BROADCASTS, COPIES, POSTS
}
