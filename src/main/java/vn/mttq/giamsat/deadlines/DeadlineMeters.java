package vn.mttq.giamsat.deadlines;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.text.PortalFormats;

/**
 * What an operator watches of the deadline engine (Prometheus at /actuator/prometheus): reminders
 * and escalations sent by the daily scan, and open items past their due date right now (counted
 * when scraped, along the (status, due_date) index).
 */
@Component
class DeadlineMeters {

    private final Counter reminders;

    DeadlineMeters(MeterRegistry registry, JdbcTemplate jdbc) {
        reminders = Counter.builder("giamsat.reminders.sent").description("Reminders and escalations sent by the daily deadline scan")
                .register(registry);
        Gauge.builder("giamsat.deadlines.overdue", () -> jdbc.queryForObject(
                        "SELECT COUNT(*) FROM deadline_item WHERE status = 'OPEN' AND due_date < ?", Long.class,
                        Date.valueOf(LocalDate.now(PortalFormats.VIETNAM))))
                .description("Open deadline items past their due date").register(registry);
    }

    void remindersSent(int n) {
        reminders.increment(n);
    }
}
