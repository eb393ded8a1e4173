package vn.mttq.giamsat.organisation;

import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.security.Role;

/**
 * One line of the unit-and-account directory: a unit, grouped under the direct sub-unit of the
 * scope root it belongs to (its "district"), with one of its accounts or none.
 */
public record DirectoryRow(String group, String unit, UnitKind kind, @Nullable String accountName,
                           @Nullable String username, @Nullable Role role) {
}
