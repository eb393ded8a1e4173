/**
 * Files attached to any record (a plan's signed scan, a task's evidence, a written reply): size
 * and type checked by content, names cleaned, stored outside the database rows that reference
 * them with a checksum, downloads checked against the record's scope and audited.
 */
@ApplicationModule(displayName = "Attachments")
@NullMarked
package vn.mttq.giamsat.attachments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
