package vn.mttq.giamsat.organisation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lock an account after {@code maxFailedAttempts} wrong passwords within {@code failureWindow},
 * for {@code lockDuration}. Defaults: 5 in 15 minutes, locked 15 minutes (application.properties).
 */
@ConfigurationProperties("app.security")
record LockoutPolicy(int maxFailedAttempts, Duration failureWindow, Duration lockDuration) {
}
