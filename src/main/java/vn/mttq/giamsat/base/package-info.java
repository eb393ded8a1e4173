/**
 * Shared foundation: layout, security plumbing, i18n, the embedded database, the chart
 * component. Open so that every feature module may use it; it depends on none of them.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Base")
@NullMarked
package vn.mttq.giamsat.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
