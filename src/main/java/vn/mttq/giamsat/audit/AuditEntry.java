package vn.mttq.giamsat.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail. Immutable here, and the database refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry {

    static final int DETAILS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "target_type")
    private @Nullable String targetType;

    @Column(name = "target_id")
    private @Nullable String targetId;

    private @Nullable String details;

    @Column(name = "client_ip")
    private @Nullable String clientIp;

    protected AuditEntry() {
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = "";
    }

    AuditEntry(Instant occurredAt, String actor, String action, @Nullable String targetType,
               @Nullable String targetId, @Nullable String details, @Nullable String clientIp) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = details == null || details.length() <= DETAILS_MAX ? details : details.substring(0, DETAILS_MAX);
        this.clientIp = clientIp;
    }

    public @Nullable Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public @Nullable String getTargetType() { return targetType; }
    public @Nullable String getTargetId() { return targetId; }
    public @Nullable String getDetails() { return details; }
    public @Nullable String getClientIp() { return clientIp; }
}
