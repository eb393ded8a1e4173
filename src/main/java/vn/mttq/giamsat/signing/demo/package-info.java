/**
 * The demo's issued documents signed with the demo keys after start-up; used by nothing but the demo
 * (ModularityTest).
 */
@NullMarked
package vn.mttq.giamsat.signing.demo;

import org.jspecify.annotations.NullMarked;
