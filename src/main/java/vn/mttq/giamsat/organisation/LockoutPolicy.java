package vn.mttq.giamsat.organisation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lock an account after {@code maxFailedAttempts} wrong passwords within {@code failureWindow},
 * for {@code lockDuration}; and an address that failed with more than {@code maxNamesPerAddress}
 * account names within the window waits until it has passed. Defaults: 5 in 15 minutes, locked 15
 * minutes, 10 names per address (application.properties).
 */
@ConfigurationProperties("app.security")
record LockoutPolicy(int maxFailedAttempts, Duration failureWindow, Duration lockDuration, int maxNamesPerAddress) {
}
