package vn.mttq.giamsat.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One failed sign-in, kept for the sliding lock-out window. */
@Entity
@Table(name = "login_failure")
class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String username = "";

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt = Instant.EPOCH;

    /** The client address as a keyed hash ({@link SignInThrottle#addressKey}), never the address. */
    @Column(name = "address_key")
    private @Nullable String addressKey;

    /** False once the account was locked or signed in after it, or when it was an attempt on a locked account. */
    @Column(name = "counts_for_account", nullable = false)
    private boolean countsForAccount = true;

    protected LoginFailure() {
    }

    LoginFailure(String username, Instant failedAt, @Nullable String addressKey, boolean countsForAccount) {
        this.username = username;
        this.failedAt = failedAt;
        this.addressKey = addressKey;
        this.countsForAccount = countsForAccount;
    }
}
