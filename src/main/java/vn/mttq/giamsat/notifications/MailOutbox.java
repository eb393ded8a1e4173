package vn.mttq.giamsat.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mttq.giamsat.base.text.OutputText;

/**
 * Mail goes into the outbox table with the change that caused it and leaves through SMTP later.
 * A failed try waits retry-base, then twice as long, and so on; after max-attempts the mail is
 * marked failed and shown to administrators, who may send it again.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 50;

    private final OutgoingMailRepository mails;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate tx;
    private final String from;
    private final Duration retryBase;
    private final int maxAttempts;
    private final Clock clock;

    MailOutbox(OutgoingMailRepository mails, JdbcTemplate jdbc, ObjectProvider<JavaMailSender> sender, TransactionTemplate tx,
               @Value("${app.mail.from}") String from, @Value("${app.mail.retry-base}") Duration retryBase,
               @Value("${app.mail.max-attempts}") int maxAttempts) {
        this.mails = mails;
        this.jdbc = jdbc;
        this.sender = sender;
        this.tx = tx;
        this.from = from;
        this.retryBase = retryBase;
        this.maxAttempts = maxAttempts;
        this.clock = Clock.systemUTC();
    }

    /** A mail for the outbox. */
    public record Mail(String recipient, String subject, String body) {
    }

    /** Adds mails to the outbox in the caller's transaction, as one JDBC batch (reminder runs write thousands). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(List<Mail> batch) {
        if (batch.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.batchUpdate("insert into mail_outbox (recipient, subject, body, status, attempts, next_attempt_at, created_at) "
                + "values (?, ?, ?, 'PENDING', 0, ?, ?)", batch.stream()
                .map(m -> new Object[] {m.recipient(), OutgoingMail.fit(m.subject(), OutgoingMail.SUBJECT_MAX), m.body(), now, now})
                .toList());
    }

    /**
     * Sends what is due; each mail in its own transaction so one bad address stops nothing else.
     * Safe to run on two nodes at once (the Quartz job runs on one, but a node may be mid-run
     * when the cluster hands the next firing to another).
     */
    public int sendDue() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.debug("No SMTP server configured (spring.mail.host); mails wait in the outbox");
            return 0;
        }
        List<OutgoingMail> due = tx.execute(s -> mails.due(clock.instant(), PageRequest.of(0, BATCH)));
        int sent = 0;
        for (OutgoingMail mail : due == null ? List.<OutgoingMail>of() : due) {
            // the row stays locked while it is sent: a second node (or an administrator's "send again")
            // waits, then finds it sent
            Boolean ok = tx.execute(s -> mails.lockForDelivery(mail.getId()).map(m -> deliver(smtp, m)).orElse(false));
            sent += Boolean.TRUE.equals(ok) ? 1 : 0;
        }
        return sent;
    }

    private boolean deliver(JavaMailSender smtp, OutgoingMail mail) {
        if (mail.getStatus() != OutgoingMail.Status.PENDING) {
            return false;
        }
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.getRecipient());
            helper.setSubject(OutputText.line(mail.getSubject())); // no line break can start a header of its own
            helper.setText(OutputText.clean(mail.getBody()), false);
            smtp.send(message);
            mail.sent(clock.instant());
            return true;
        } catch (MailException | MessagingException e) {
            mail.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant(), retryBase, maxAttempts);
            log.warn("Mail to {} not sent (try {}): {}", mail.getRecipient(), mail.getAttempts(), e.getMessage());
            return false;
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<OutgoingMail> unsent(Pageable pageable) {
        return mails.unsent(pageable);
    }

    /** How many mails are not sent yet (pending or failed). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countUnsent() {
        return mails.countUnsent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void retry(long id) {
        mails.findById(id).ifPresent(m -> m.retry(clock.instant()));
    }
}
