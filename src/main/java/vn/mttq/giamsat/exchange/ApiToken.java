package vn.mttq.giamsat.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Another system's access: its name, the unit subtree it may read, until when; only the token's hash is kept. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(nullable = false)
    private String name = "";
    @Column(name = "token_hash", nullable = false)
    private String tokenHash = "";
    /** The token's first characters, shown so an administrator can tell tokens apart. */
    @Column(nullable = false)
    private String prefix = "";
    @Column(name = "unit_id", nullable = false)
    private long unitId;
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn = LocalDate.EPOCH;
    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy = "";
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;
    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;
    @Version
    private long version;

    protected ApiToken() {
    }

    ApiToken(String name, String tokenHash, String prefix, long unitId, LocalDate expiresOn, String createdBy, Instant createdAt) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.unitId = unitId;
        this.expiresOn = expiresOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long getId() { return id == null ? 0 : id; }
    public String getName() { return name; }
    public String getPrefix() { return prefix; }
    public long getUnitId() { return unitId; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public @Nullable Instant getRevokedAt() { return revokedAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public @Nullable Instant getLastUsedAt() { return lastUsedAt; }

    /** Usable on that day: not revoked and not past its last day. */
    public boolean isValidOn(LocalDate day) {
        return revokedAt == null && !day.isAfter(expiresOn);
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }
}
