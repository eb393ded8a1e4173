package vn.mttq.giamsat.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail waiting in, sent from, or given up by the outbox. */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    public enum Status { PENDING, SENT, FAILED }

    static final int SUBJECT_MAX = 500;

    static String fit(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String recipient = "";

    @Column(nullable = false)
    private String subject = "";

    @Column(nullable = false)
    private String body = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt = Instant.EPOCH;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Version
    private long version;

    protected OutgoingMail() {
    }

    void sent(Instant at) {
        attempts++;
        status = Status.SENT;
        sentAt = at;
        lastError = null;
    }

    /** Waits base, 2 x base, 4 x base... between tries; gives up after {@code maxAttempts}. */
    void failed(String error, Instant at, Duration base, int maxAttempts) {
        attempts++;
        lastError = fit(error, 1000);
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = at.plus(base.multipliedBy(1L << Math.min(attempts - 1, 16)));
        }
    }

    /** An administrator asks for another round of tries. */
    void retry(Instant at) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = at;
    }

    public @Nullable Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public @Nullable String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public @Nullable Instant getSentAt() { return sentAt; }
}
