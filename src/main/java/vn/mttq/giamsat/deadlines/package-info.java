/**
 * Legal deadlines on a Vietnamese working-day calendar: the lunar calendar, public holidays,
 * per-year adjustments decided by the government, and the deadline arithmetic every feature uses
 * ({@link vn.mttq.giamsat.deadlines.WorkingCalendar}).
 */
@ApplicationModule(displayName = "Deadlines and working calendar")
@NullMarked
package vn.mttq.giamsat.deadlines;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
