package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.infra.QuartzSchedules;

/**
 * The daily reminder scan. Misfire policy "fire once now": after downtime the scan runs once
 * and sends what was missed (the scan itself is idempotent).
 */
@Configuration(proxyBeanMethods = false)
class DeadlineJobs {

    @DisallowConcurrentExecution
    static class RemindAndEscalate extends QuartzJobBean {
        private final DeadlineReminders reminders;
        private final DeadlineMeters meters;

        RemindAndEscalate(DeadlineReminders reminders, DeadlineMeters meters) {
            this.reminders = reminders;
            this.meters = meters;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            meters.remindersSent(reminders.run(LocalDate.now(PortalFormats.VIETNAM)));
        }
    }

    @Bean
    JobDetail deadlineReminderJob() {
        return QuartzSchedules.durableJob(RemindAndEscalate.class, "deadline-reminders", "deadlines");
    }

    @Bean
    Trigger deadlineReminderTrigger(JobDetail deadlineReminderJob, @Value("${app.deadlines.reminder-cron}") String cron,
                                    @Value("${app.scheduling.time-zone}") String zone) {
        return QuartzSchedules.cron(deadlineReminderJob, cron, zone);
    }
}
