package vn.mttq.giamsat.supervision;

/** A member's role in a supervision delegation; a delegation has exactly one head. */
public enum DelegationRole {
    HEAD, DEPUTY, MEMBER, SECRETARY
}
