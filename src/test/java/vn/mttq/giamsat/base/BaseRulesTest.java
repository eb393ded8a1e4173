package vn.mttq.giamsat.base;

import vn.mttq.giamsat.base.errors.PortalErrorHandler;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.EChart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Plain rules of the shared base, without Spring or a database. */
class BaseRulesTest {

    @Test
    void errors_become_messages_a_user_can_understand() {
        assertThat(PortalErrorHandler.messageKeyFor(new RuntimeException(new UserFacingException("unit.error.cycle"))))
                .isEqualTo("unit.error.cycle");
        assertThat(PortalErrorHandler.messageKeyFor(new ObjectOptimisticLockingFailureException("Unit", 1L)))
                .isEqualTo("error.concurrent-edit");
        assertThat(PortalErrorHandler.messageKeyFor(new DataIntegrityViolationException("dup")))
                .isEqualTo("error.integrity");
        assertThat(PortalErrorHandler.messageKeyFor(new IllegalStateException("boom"))).isEqualTo("error.unexpected");
    }

    @Test
    void dates_are_written_the_vietnamese_way_in_vietnam_time() {
        // 17:30 UTC is already the next day in Hà Nội (UTC+7)
        assertThat(PortalFormats.dateTime(Instant.parse("2026-04-29T17:30:00Z"))).isEqualTo("30/04/2026 00:30:00");
        assertThat(PortalFormats.dateTime(null)).isEmpty();
    }

    @Test
    void a_chart_refuses_series_that_do_not_match_its_categories() {
        assertThatThrownBy(() -> new EChart.BarChart("t", List.of("a", "b"), List.of(new EChart.Series("s", List.of(1L))), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new EChart.BarChart("t", List.of("a"), List.of(new EChart.Series("s", List.of(1L))), false).categories())
                .containsExactly("a");
    }
}
