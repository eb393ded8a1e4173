package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
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
import vn.mttq.giamsat.base.PortalFormats;

/**
 * The daily reminder scan. Misfire policy "fire once now": after downtime the scan runs once
 * and sends what was missed (the scan itself is idempotent).
 */
@Configuration(proxyBeanMethods = false)
class DeadlineJobs {

    @DisallowConcurrentExecution
    static class RemindAndEscalate extends QuartzJobBean {
        private final DeadlineReminders reminders;

        RemindAndEscalate(DeadlineReminders reminders) {
            this.reminders = reminders;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            reminders.run(LocalDate.now(PortalFormats.VIETNAM));
        }
    }

    @Bean
    JobDetail deadlineReminderJob() {
        return JobBuilder.newJob(RemindAndEscalate.class).withIdentity("deadline-reminders", "deadlines")
                .storeDurably().requestRecovery().build();
    }

    @Bean
    Trigger deadlineReminderTrigger(JobDetail deadlineReminderJob, @Value("${app.deadlines.reminder-cron}") String cron,
                                    @Value("${app.scheduling.time-zone}") String zone) {
        return TriggerBuilder.newTrigger().forJob(deadlineReminderJob).withIdentity("deadline-reminders", "deadlines")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed()).build();
    }
}
