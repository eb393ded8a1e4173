package vn.mttq.giamsat.organisation;

import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.mttq.giamsat.base.infra.QuartzSchedules;

/** Quartz jobs of this module; Spring Boot stores them in the JDBC job store on start-up. */
@Configuration(proxyBeanMethods = false)
class OrganisationJobs {

    static final String CLEANUP_JOB = "login-failure-cleanup";

    @Bean
    JobDetail loginFailureCleanupJob() {
        return QuartzSchedules.durableJob(LoginFailureCleanupJob.class, CLEANUP_JOB, "organisation");
    }

    @Bean
    Trigger loginFailureCleanupTrigger(JobDetail loginFailureCleanupJob,
                                       @Value("${app.scheduling.login-failure-cleanup-cron}") String cron,
                                       @Value("${app.scheduling.time-zone}") String zone) {
        return QuartzSchedules.cron(loginFailureCleanupJob, cron, zone);
    }
}
