package vn.mttq.giamsat.base.errors;

/** A signed-in person was refused a record page for a record outside their scope (the audit log keeps it). */
public record RecordRefused(String route, long id) {
}
