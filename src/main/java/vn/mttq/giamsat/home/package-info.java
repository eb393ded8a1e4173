/**
 * The home page "Việc của tôi": what needs the signed-in person today across every feature,
 * gathered through base's {@link vn.mttq.giamsat.base.work.WorkSource} and
 * {@link vn.mttq.giamsat.base.work.KeyFigureSource} without importing any feature.
 */
@ApplicationModule(displayName = "Home page")
@NullMarked
package vn.mttq.giamsat.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
