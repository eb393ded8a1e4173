/** Dashboards per direct sub-unit (per district, or per commune in the two-tier shape). */
@ApplicationModule(displayName = "Dashboard")
@NullMarked
package vn.mttq.giamsat.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
