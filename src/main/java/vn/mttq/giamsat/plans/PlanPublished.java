package vn.mttq.giamsat.plans;

/** A plan was published (inside the publishing transaction): its tasks go under the deadline engine. */
record PlanPublished(long planId) {
}
