/** Append-only audit trail: who did what, when, from where. Other modules call {@link vn.mttq.giamsat.audit.AuditService}. */
@ApplicationModule(displayName = "Audit")
@NullMarked
package vn.mttq.giamsat.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
