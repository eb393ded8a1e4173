/**
 * This feature's demo records, written into an empty embedded database after the demo province
 * is seeded; kept apart from the feature's own code, and used by nothing but the demo
 * (ModularityTest).
 */
@NullMarked
package vn.mttq.giamsat.exchange.demo;

import org.jspecify.annotations.NullMarked;
