/**
 * The demo province written into an empty embedded database, kept apart from the portal's own
 * code: the province, its units and accounts ({@link vn.mttq.giamsat.organisation.demo.DemoProvince}),
 * the event other features' demo seeders listen to ({@link vn.mttq.giamsat.organisation.demo.DemoProvinceSeeded})
 * and the past's span they share ({@link vn.mttq.giamsat.organisation.demo.DemoHistory}). Only other
 * features' {@code demo} packages use it (ModularityTest).
 */
@NamedInterface("demo")
@NullMarked
package vn.mttq.giamsat.organisation.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
