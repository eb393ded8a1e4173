package vn.mttq.giamsat.notifications;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;
import vn.mttq.giamsat.base.infra.QuartzSchedules;

/** The outbox sender (every minute) and the evening digest, in Vietnam's time zone. */
@Configuration(proxyBeanMethods = false)
class NotificationJobs {

    @DisallowConcurrentExecution
    static class SendOutbox extends QuartzJobBean {
        private final MailOutbox outbox;

        SendOutbox(MailOutbox outbox) {
            this.outbox = outbox;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            outbox.sendDue();
        }
    }

    /** Idempotent: a digest clears the pending flag of what it collected, so a rerun sends nothing twice. */
    @DisallowConcurrentExecution
    static class SendDigests extends QuartzJobBean {
        private final NotificationService notifications;

        SendDigests(NotificationService notifications) {
            this.notifications = notifications;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            notifications.sendDigests();
        }
    }

    @Bean
    JobDetail mailOutboxJob() {
        return QuartzSchedules.durableJob(SendOutbox.class, "mail-outbox", "notifications");
    }

    @Bean
    Trigger mailOutboxTrigger(JobDetail mailOutboxJob, @Value("${app.mail.outbox-cron}") String cron,
                              @Value("${app.scheduling.time-zone}") String zone) {
        return QuartzSchedules.cron(mailOutboxJob, cron, zone);
    }

    @Bean
    JobDetail mailDigestJob() {
        return QuartzSchedules.durableJob(SendDigests.class, "mail-digest", "notifications");
    }

    @Bean
    Trigger mailDigestTrigger(JobDetail mailDigestJob, @Value("${app.mail.digest-cron}") String cron,
                              @Value("${app.scheduling.time-zone}") String zone) {
        return QuartzSchedules.cron(mailDigestJob, cron, zone);
    }
}
