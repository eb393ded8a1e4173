/**
 * Supervision (giám sát) under Regulation 124-QĐ/TW: a Front unit's activity with its subjects,
 * content points, delegation and working sessions; the findings and conclusion; the report and
 * the recommendation letter to the party committee at the same level; and each recommendation
 * followed until it is answered (20 working days, 30 for a complex case, article 8 clause 2) and
 * its follow-up is done or closed by the Standing Committee.
 */
@ApplicationModule(displayName = "Supervision")
@NullMarked
package vn.mttq.giamsat.supervision;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
