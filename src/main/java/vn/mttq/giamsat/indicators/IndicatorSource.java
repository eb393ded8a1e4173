package vn.mttq.giamsat.indicators;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a feature gives the reporting side: its part of the indicator catalogue, and the values of
 * those indicators for each of a set of units, counted on the units' own records (not their
 * subtrees: the caller sums the subtree, so every record counts once, in its own unit). The
 * feature decides which date places a record in the period and says so in the method text.
 * Called without a person's scope: the callers check it.
 */
public interface IndicatorSource {

    /** The feature's indicators in the order reports list them. */
    List<Indicator> indicators();

    /** Unit id → indicator code → value, for the units among {@code unitIds} that have any; zero values may be left out. */
    Map<Long, Map<String, Long>> count(Collection<Long> unitIds, LocalDate from, LocalDate to);
}
