package vn.mttq.giamsat.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.deadlines.ReportingPeriod;
import vn.mttq.giamsat.indicators.Values;
import vn.mttq.giamsat.supervision.RecommendationService;

/** Issue 22: kien-nghi and the dashboard show one answered-on-time rate for one span (they showed 53 % and 54 %). */
@SpringBootTest
@Import(SignIn.class)
class OneRateTest {

    @Autowired RecommendationService recommendations;
    @Autowired Analytics analytics;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void every_branchs_rate_on_kien_nghi_is_the_dashboards() {
        signIn.as("lanhdao");
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        LocalDate start = recommendations.rateSpanStart(today);
        long province = jdbc.queryForObject("select id from unit where code = 'HB'", Long.class);
        var snapshot = analytics.snapshot(province, new ReportingPeriod("SPAN", today.getYear(), start, today), true);
        var rates = recommendations.onTimeRates(start, today);
        assertThat(rates).isNotEmpty();
        for (RecommendationService.Rate rate : rates) {
            long unit = jdbc.queryForObject("select id from unit where short_name = ?", Long.class, rate.unitName());
            Values v = unit == province ? snapshot.current().own() : snapshot.current().branches().get(unit);
            assertThat(rate.percent()).as(rate.unitName()).isEqualTo((int) Analytics.recommendationsOnTime(v));
            assertThat(rate.received()).isEqualTo(v.get("recommendations.received"));
        }
    }
}
