/**
 * Exchange with other systems (trao đổi dữ liệu): the read-only open API under {@code api/v1} for
 * the Front's national platform and the provincial party committee's office: indicator values
 * of a unit subtree and period, and the periodic reports and their state; access by API tokens
 * an administrator issues per system (scope, expiry, revocation; kept hashed; every call logged);
 * described by an OpenAPI document served by the portal.
 */
@ApplicationModule(displayName = "Exchange (open API)")
@NullMarked
package vn.mttq.giamsat.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
