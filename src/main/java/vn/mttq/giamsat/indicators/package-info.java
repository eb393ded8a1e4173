/**
 * Indicators (chỉ tiêu): the one catalogue of the figures periodic reports, the dashboard and
 * the open API show, and the one query service that computes them for any unit subtree and
 * period. Each feature contributes its own indicators through {@link IndicatorSource}; this
 * module knows none of the features' tables, and the features know nothing of reports.
 */
@ApplicationModule(displayName = "Indicators")
@NullMarked
package vn.mttq.giamsat.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
