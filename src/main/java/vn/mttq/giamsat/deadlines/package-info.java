/**
 * Deadline items: what features put under a legal time limit (registered through
 * {@link vn.mttq.giamsat.deadlines.DeadlineService}), extensions, legal time limits as reference
 * data, the daily reminder and escalation scan, periodic report obligations and urging. Due
 * dates come from the working calendar.
 */
@ApplicationModule(displayName = "Deadlines and reminders")
@NullMarked
package vn.mttq.giamsat.deadlines;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
