package vn.mttq.giamsat.organisation;

/** A direct sub-unit with the size of its subtree, for dashboards and reports; charts and tables show the short name. */
public record UnitSummary(long unitId, String code, String name, String shortName, long subUnits, long accounts) {
}
