/**
 * Organisation units (a configurable tree), accounts, sign-in rules and the one place that
 * decides what part of the tree a user may see ({@link vn.mttq.giamsat.organisation.DataScopeService}).
 */
@ApplicationModule(displayName = "Organisation and accounts")
@NullMarked
package vn.mttq.giamsat.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
