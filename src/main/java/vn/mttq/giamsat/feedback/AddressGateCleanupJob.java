package vn.mttq.giamsat.feedback;

import java.time.Clock;
import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mttq.giamsat.base.infra.QuartzSchedules;

/**
 * Nightly: forget the public pages' per-address rows untouched for a day (their limits count an hour
 * and a day). Run apart from the pages so a page never waits on another address's row. Idempotent.
 */
@DisallowConcurrentExecution
class AddressGateCleanupJob extends QuartzJobBean {

    static final String NAME = "public-address-gate-cleanup";

    private final AddressGate gate;
    private final TransactionTemplate tx;

    AddressGateCleanupJob(AddressGate gate, TransactionTemplate tx) {
        this.gate = gate;
        this.tx = tx;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        tx.execute(s -> gate.forgetOlderThan(Clock.systemUTC().instant().minus(Duration.ofDays(1))));
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail addressGateCleanupJob() {
            return QuartzSchedules.durableJob(AddressGateCleanupJob.class, NAME, "feedback");
        }

        @Bean
        Trigger addressGateCleanupTrigger(JobDetail addressGateCleanupJob,
                                          @Value("${app.scheduling.login-failure-cleanup-cron}") String cron,
                                          @Value("${app.scheduling.time-zone}") String zone) {
            return QuartzSchedules.cron(addressGateCleanupJob, cron, zone);
        }
    }
}
