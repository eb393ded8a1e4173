package vn.mttq.giamsat.organisation;

/** A direct sub-unit with the size of its subtree, for dashboards and reports. */
public record UnitSummary(long unitId, String code, String name, long subUnits, long accounts) {
}
