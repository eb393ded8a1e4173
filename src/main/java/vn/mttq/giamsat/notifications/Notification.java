package vn.mttq.giamsat.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.text.Said;

/** One message for one person, shown under the bell until read. */
@Entity
@Table(name = "notification")
public class Notification {

    static final int TITLE_MAX = 500;
    static final int BODY_MAX = 2000;
    /** Kept words longer than this are not kept (the Vietnamese text stands); a TEXT column holds 65,535 bytes. */
    static final int WORDS_MAX = 16_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false)
    private String title = "";

    @Column(nullable = false)
    private String body = "";

    private @Nullable String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    /** The title's and body's keys and arguments (Said.keptPair), for reading them in the person's language. */
    private @Nullable String words;

    @Column(name = "digest_pending", nullable = false)
    private boolean digestPending;

    protected Notification() {
    }

    public @Nullable Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public @Nullable String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public @Nullable Instant getReadAt() { return readAt; }
    public boolean isRead() { return readAt != null; }

    /** The title in a language: from its kept words, or the Vietnamese text kept with it. */
    public String title(Locale locale) {
        return Said.readPair(words).map(p -> p.get(0).in(locale)).orElse(title);
    }

    /** The body in a language, as {@link #title(java.util.Locale)}. */
    public String body(Locale locale) {
        return Said.readPair(words).map(p -> p.get(1).in(locale)).orElse(body);
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void digested() {
        digestPending = false;
    }
}
