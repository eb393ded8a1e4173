package vn.mttq.giamsat.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password checks run at most the configured number at once, and still answer as BCrypt does. */
class PasswordChecksTest {

    /** A check that takes a while and counts how many run side by side. */
    private static final class Slow implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "{noop}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return encoded.equals("{noop}" + raw);
        }
    }

    private static int mostAtOnce(int parallel) throws Exception {
        Slow slow = new Slow();
        PasswordChecks checks = new PasswordChecks(slow, parallel);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> checks.matches("Demo@124", "{noop}Demo@124")));
            }
            for (Future<Boolean> a : answers) {
                assertThat(a.get()).isTrue();
            }
        }
        return slow.most.get();
    }

    @Test
    void sixteen_sign_ins_at_once_are_checked_at_most_the_configured_number_at_a_time() throws Exception {
        assertThat(mostAtOnce(1)).isEqualTo(1);
        assertThat(mostAtOnce(2)).isLessThanOrEqualTo(2);
        assertThat(mostAtOnce(8)).as("unbounded enough, the same checks do overlap").isGreaterThan(1);
    }

    @Test
    void the_default_is_half_the_cores_and_never_less_than_one() {
        assertThat(PasswordChecks.parallel(3)).isEqualTo(3);
        assertThat(PasswordChecks.parallel(0)).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    @Test
    void a_right_password_matches_and_a_wrong_one_does_not() {
        PasswordChecks checks = new PasswordChecks(PasswordEncoderFactories.createDelegatingPasswordEncoder(), 1);
        String hash = checks.encode("Demo@124");
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(checks.matches("Demo@124", hash)).isTrue();
        assertThat(checks.matches("demo@124", hash)).isFalse();
    }
}
