/**
 * The outgoing-document register (sổ văn bản đi): the next number per issuing unit and year,
 * formatted with the unit's symbol pattern ({@code {số}/KH-MTTQ-BTT}), assigned only when a
 * document is issued, never reused, safe when two people (or two nodes) issue at once.
 */
@ApplicationModule(displayName = "Outgoing-document register")
@NullMarked
package vn.mttq.giamsat.register;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
