/**
 * The Vietnamese working calendar: the lunar calendar, public holidays and compensatory days
 * (Labour Code 2019), per-year adjustments decided by the government, the working-day
 * arithmetic every deadline uses ({@link vn.mttq.giamsat.calendar.WorkingCalendar}), the
 * calendar page and the public calendar API.
 */
@ApplicationModule(displayName = "Working calendar")
@NullMarked
package vn.mttq.giamsat.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
