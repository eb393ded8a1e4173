/**
 * Reference catalogues that administrators edit: the 27 manifestations of degradation, the 19
 * prohibitions, forms of supervision, comment channels, propaganda forms and legal bases.
 */
@ApplicationModule(displayName = "Catalogues")
@NullMarked
package vn.mttq.giamsat.catalogues;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
