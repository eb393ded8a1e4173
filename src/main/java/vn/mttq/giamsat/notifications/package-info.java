/**
 * Telling people: in-app notifications (the bell in the header) and e-mail through an outbox
 * that survives a mail server outage, immediately or as one daily digest per person.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package vn.mttq.giamsat.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
