/**
 * The shared foundation, split by concern into named interfaces that features import from
 * ({@code base.ui}, {@code base.work}, {@code base.security}, {@code base.text}, {@code base.infra},
 * {@code base.errors}); a feature's imports tell what it leans on. It depends on no feature.
 */
@ApplicationModule(displayName = "Base")
@NullMarked
package vn.mttq.giamsat.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
