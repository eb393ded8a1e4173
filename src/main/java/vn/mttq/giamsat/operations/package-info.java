/**
 * Running the portal as a service: backup and restore of the database and the attached files
 * (commands {@code backup} and {@code restore} of the portal's jar, outside Spring).
 */
@ApplicationModule(displayName = "Operations")
@NullMarked
package vn.mttq.giamsat.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
