package vn.mttq.giamsat.plans;

/** Draft until published; a published plan changes only through revisions; closed when its period ends. */
public enum PlanStatus {
    DRAFT, PUBLISHED, CLOSED
}
