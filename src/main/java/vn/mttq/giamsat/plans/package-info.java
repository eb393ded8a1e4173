/**
 * Plans (kế hoạch): a committee drafts a plan, publishes it with a number from the register to
 * the units that must carry it out, follows who confirmed receipt, and changes a published plan
 * only by issuing a revision whose earlier versions stay readable.
 */
@ApplicationModule(displayName = "Plans")
@NullMarked
package vn.mttq.giamsat.plans;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
