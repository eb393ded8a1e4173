package vn.mttq.giamsat.organisation;

/**
 * What a unit is. Levels are not hard-wired: a commune Front may sit under a district (2018
 * shape) or directly under the province (two-tier government since 1 July 2025).
 */
public enum UnitKind {
    PROVINCE_FRONT,
    DISTRICT_FRONT,
    COMMUNE_FRONT,
    DEPARTMENT,
    MEMBER_ORGANISATION;

    public String translationKey() {
        return "unit.kind." + name();
    }

    /** Front committees are the units whose areas the dashboards compare. */
    public boolean isFrontCommittee() {
        return this == PROVINCE_FRONT || this == DISTRICT_FRONT || this == COMMUNE_FRONT;
    }
}
