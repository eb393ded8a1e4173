package vn.mttq.giamsat.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.mttq.giamsat.deadlines.ReportingPeriod;

/** Issue 22: a period going on is compared with the same span of the period before, not with all of it. */
class SameSpanTest {

    private final ReportingPeriod year2026 = new ReportingPeriod("YEAR", 2026, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14));
    private final ReportingPeriod year2025 = new ReportingPeriod("YEAR", 2025, LocalDate.of(2024, 12, 15), LocalDate.of(2025, 12, 14));

    @Test
    void ten_days_into_a_period_compare_with_the_first_ten_days_of_the_one_before() {
        assertThat(Analytics.sameSpanEnd(year2026, year2025, LocalDate.of(2025, 12, 25))).isEqualTo(LocalDate.of(2024, 12, 25));
        assertThat(Analytics.sameSpanEnd(year2026, year2025, LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2025, 12, 4));
    }

    @Test
    void an_ended_period_compares_with_the_whole_period_before() {
        assertThat(Analytics.sameSpanEnd(year2025, new ReportingPeriod("YEAR", 2024, LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14)),
                LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2024, 12, 14));
    }
}
