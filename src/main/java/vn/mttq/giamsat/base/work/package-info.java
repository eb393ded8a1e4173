/**
 * The home page's contracts: what a feature contributes to "Việc của tôi" (work items, key figures), implemented in the features and gathered by the home module.
 */
@NamedInterface("work")
@NullMarked
package vn.mttq.giamsat.base.work;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
