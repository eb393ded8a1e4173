package vn.mttq.giamsat.organisation;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quartz jobs of this module; Spring Boot stores them in the JDBC job store on start-up. */
@Configuration(proxyBeanMethods = false)
class OrganisationJobs {

    static final String CLEANUP_JOB = "login-failure-cleanup";

    @Bean
    JobDetail loginFailureCleanupJob() {
        return JobBuilder.newJob(LoginFailureCleanupJob.class).withIdentity(CLEANUP_JOB, "organisation")
                .withDescription("Xóa các lần đăng nhập sai cũ").storeDurably().requestRecovery().build();
    }

    /** Misfire: run once as soon as possible, then keep the schedule (the job is idempotent). */
    @Bean
    Trigger loginFailureCleanupTrigger(JobDetail loginFailureCleanupJob,
                                       @Value("${app.scheduling.login-failure-cleanup-cron}") String cron,
                                       @Value("${app.scheduling.time-zone}") String zone) {
        return TriggerBuilder.newTrigger().forJob(loginFailureCleanupJob).withIdentity(CLEANUP_JOB, "organisation")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
