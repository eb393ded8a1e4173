package vn.mttq.giamsat.organisation;

import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.base.text.PortalText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.security.Role;

/** A person who signs in. Every account belongs to exactly one unit. */
@Entity
@Table(name = "account")
public class Account {

    public static final int USERNAME_MAX = 64;
    public static final int NAME_MAX = 255;
    public static final int EMAIL_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotBlank
    @Size(min = 3, max = USERNAME_MAX)
    @Pattern(regexp = "[a-z0-9_.-]*")
    @Column(nullable = false)
    private String username = "";

    @NotBlank
    @Size(max = NAME_MAX)
    @PortalText(max = NAME_MAX)
    @Column(name = "full_name", nullable = false)
    private String fullName = "";

    @Email
    @Size(max = EMAIL_MAX)
    @PortalText(max = EMAIL_MAX)
    private @Nullable String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role = Role.DISTRICT_STAFF;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private @Nullable Unit unit;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "password_changed_at")
    private @Nullable Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String fullName, Role role, Unit unit) {
        this.username = username;
        this.fullName = fullName;
        this.role = role;
        this.unit = unit;
    }

    public @Nullable Long getId() { return id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? "" : username.strip().toLowerCase(); }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName == null ? "" : TextPolicy.normalise(fullName); }
    public @Nullable String getEmail() { return email; }
    public void setEmail(@Nullable String email) { this.email = email == null || email.isBlank() ? null : TextPolicy.normalise(email); }
    String getPasswordHash() { return passwordHash; }
    void setPasswordHash(String passwordHash, Instant at) { this.passwordHash = passwordHash; this.passwordChangedAt = at; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public @Nullable Unit getUnit() { return unit; }
    public void setUnit(@Nullable Unit unit) { this.unit = unit; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public @Nullable Instant getLockedUntil() { return lockedUntil; }
    void setLockedUntil(@Nullable Instant lockedUntil) { this.lockedUntil = lockedUntil; }
    public long getVersion() { return version; }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Unit requireUnit() {
        if (unit == null) {
            throw new IllegalStateException("account without unit: " + username);
        }
        return unit;
    }

    /** Identity is the database id, so a detached copy equals the row it came from. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Account other && id != null && id.equals(other.getId()));
    }

    @Override
    public int hashCode() {
        return Account.class.hashCode();
    }
}
