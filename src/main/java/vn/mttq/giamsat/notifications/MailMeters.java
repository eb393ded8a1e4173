package vn.mttq.giamsat.notifications;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The mail outbox for an operator: mails waiting to be sent and mails given up on (counted when scraped). */
@Component
class MailMeters {

    MailMeters(MeterRegistry registry, JdbcTemplate jdbc) {
        for (OutgoingMail.Status status : new OutgoingMail.Status[] {OutgoingMail.Status.PENDING, OutgoingMail.Status.FAILED}) {
            Gauge.builder("giamsat.mail." + (status == OutgoingMail.Status.PENDING ? "waiting" : "failed"),
                            () -> jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = ?", Long.class, status.name()))
                    .description(status == OutgoingMail.Status.PENDING ? "Mails waiting in the outbox" : "Mails the outbox gave up on")
                    .register(registry);
        }
    }
}
