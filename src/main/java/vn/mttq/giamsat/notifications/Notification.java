package vn.mttq.giamsat.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One message for one person, shown under the bell until read. */
@Entity
@Table(name = "notification")
public class Notification {

    static final int TITLE_MAX = 500;
    static final int BODY_MAX = 2000;

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

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void digested() {
        digestPending = false;
    }
}
