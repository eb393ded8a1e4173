package vn.mttq.giamsat.organisation;

/**
 * The part of the unit tree a user may see: every unit whose path starts with {@code pathPrefix}.
 * For member organisations {@code assignedOnly} tells features to show only what was assigned
 * to them (tasks, recommendations), not everything in the subtree.
 */
public record DataScope(long rootUnitId, String pathPrefix, boolean assignedOnly) {

    public boolean includes(String unitPath) {
        return unitPath.startsWith(pathPrefix);
    }

    public boolean includes(Unit unit) {
        return includes(unit.getPath());
    }
}
