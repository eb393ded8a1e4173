package vn.mttq.giamsat.base.infra;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * How the portal's Quartz jobs are declared: durable jobs in the JDBC store, cron triggers in
 * the configured time zone (Asia/Ho_Chi_Minh), and the misfire policy "run once now, then keep
 * the schedule", which every job here can afford because every job is idempotent.
 */
public final class QuartzSchedules {

    private QuartzSchedules() {
    }

    public static JobDetail durableJob(Class<? extends Job> type, String name, String group) {
        return JobBuilder.newJob(type).withIdentity(name, group).storeDurably().requestRecovery().build();
    }

    public static Trigger cron(JobDetail job, String cron, String zone) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getKey().getName(), job.getKey().getGroup())
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
