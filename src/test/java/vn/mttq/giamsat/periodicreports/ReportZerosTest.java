package vn.mttq.giamsat.periodicreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.mttq.giamsat.indicators.Indicator;

/** Issue 22: a report whose figures are all nought is sent only with its reason written. */
class ReportZerosTest {

    private static PeriodicReportService.Row row(String code, long computed, Long corrected) {
        return new PeriodicReportService.Row(new Indicator(code, "test", code, code, "cuộc", "items", "", ""), computed, corrected,
                corrected == null ? null : "sửa");
    }

    @Test
    void all_zero_figures_need_the_limitations_written_and_one_figure_is_enough() {
        List<PeriodicReportService.Row> zeros = List.of(row("a", 0, null), row("b", 3, 0L));
        assertThat(PeriodicReportService.unexplainedZeros(zeros, Map.of())).isTrue();
        assertThat(PeriodicReportService.unexplainedZeros(zeros, Map.of(Section.LIMITATIONS, "  "))).isTrue();
        assertThat(PeriodicReportService.unexplainedZeros(zeros, Map.of(Section.LIMITATIONS, "Đơn vị mới thành lập tháng 11."))).isFalse();
        assertThat(PeriodicReportService.unexplainedZeros(List.of(row("a", 0, null), row("b", 0, 2L)), Map.of())).isFalse();
    }
}
