/**
 * Periodic reports (báo cáo định kỳ): each reporting unit's six-month and annual report with its
 * indicator table pre-filled from the portal's data and its narrative, submitted to the level
 * above, accepted or returned; the consolidation of every sub-unit's report into the level
 * above's numbered report, in the official layout with the indicator annex. Figures come from
 * the indicators module only; this module knows no feature's tables.
 */
@ApplicationModule(displayName = "Periodic reports")
@NullMarked
package vn.mttq.giamsat.periodicreports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
