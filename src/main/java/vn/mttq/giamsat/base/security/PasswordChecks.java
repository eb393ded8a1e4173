package vn.mttq.giamsat.base.security;

import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing (BCrypt, about 70 ms of a core each) with a bound on how many run at once. When
 * hundreds of people sign in within minutes (the morning, after a restart), unbounded checks
 * would take every core and every open page would wait behind them; bounded, sign-ins queue a
 * little longer while pages keep their pace. Measured with the load command (docs/benchmarks.md).
 */
final class PasswordChecks implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore slots;

    PasswordChecks(PasswordEncoder delegate, int parallel) {
        this.delegate = delegate;
        this.slots = new Semaphore(Math.max(1, parallel), true);
    }

    /** Half the cores (at least one) unless configured. */
    static int parallel(int configured) {
        return configured > 0 ? configured : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public String encode(CharSequence raw) {
        slots.acquireUninterruptibly();
        try {
            return delegate.encode(raw);
        } finally {
            slots.release();
        }
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        slots.acquireUninterruptibly();
        try {
            return delegate.matches(raw, encoded);
        } finally {
            slots.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return delegate.upgradeEncoding(encoded);
    }
}
