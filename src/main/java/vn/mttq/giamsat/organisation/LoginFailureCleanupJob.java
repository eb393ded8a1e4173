package vn.mttq.giamsat.organisation;

import java.time.Clock;
import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nightly: forget failed sign-ins older than a day (the lock-out window is minutes). Idempotent,
 * so a misfired run simply runs once late.
 */
@DisallowConcurrentExecution
class LoginFailureCleanupJob extends QuartzJobBean {

    static final Duration KEEP = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(LoginFailureCleanupJob.class);

    private final LoginFailureRepository failures;
    private final TransactionTemplate tx;

    LoginFailureCleanupJob(LoginFailureRepository failures, TransactionTemplate tx) {
        this.failures = failures;
        this.tx = tx;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        Integer removed = tx.execute(s -> failures.deleteOlderThan(Clock.systemUTC().instant().minus(KEEP)));
        log.info("Removed {} old failed sign-ins", removed);
    }
}
