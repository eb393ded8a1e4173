/**
 * Error answers: one Vietnamese message for a refusal a person can act on (UserFacingException), the UI's error handler, record pages' "not found or not yours", access denied and not found pages, the API's JSON errors and the container's own error pages.
 */
@NamedInterface("errors")
@NullMarked
package vn.mttq.giamsat.base.errors;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
