package vn.mttq.giamsat.notifications;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

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
        return JobBuilder.newJob(SendOutbox.class).withIdentity("mail-outbox", "notifications").storeDurably().build();
    }

    @Bean
    Trigger mailOutboxTrigger(JobDetail mailOutboxJob, @Value("${app.mail.outbox-cron}") String cron,
                              @Value("${app.scheduling.time-zone}") String zone) {
        return TriggerBuilder.newTrigger().forJob(mailOutboxJob).withIdentity("mail-outbox", "notifications")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed()).build();
    }

    @Bean
    JobDetail mailDigestJob() {
        return JobBuilder.newJob(SendDigests.class).withIdentity("mail-digest", "notifications").storeDurably().build();
    }

    @Bean
    Trigger mailDigestTrigger(JobDetail mailDigestJob, @Value("${app.mail.digest-cron}") String cron,
                              @Value("${app.scheduling.time-zone}") String zone) {
        return TriggerBuilder.newTrigger().forJob(mailDigestJob).withIdentity("mail-digest", "notifications")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed()).build();
    }
}
