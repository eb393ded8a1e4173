package vn.mttq.giamsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.mttq.giamsat.base.infra.EmbeddedMariaDb;
import vn.mttq.giamsat.base.text.PortalFormats;

/**
 * A portal node killed (SIGKILL, no shutdown hooks) in the middle of the daily reminder scan,
 * then started again: Quartz recovers the interrupted job, the scan runs once more and the end
 * result is every reminder exactly once, with its notification and mail. The node runs as a
 * separate Java process on the test's MariaDB, so the kill is a real one.
 */
class ReminderScanKilledIT {

    /** Enough open items that the scan takes many batches: the kill lands between its commits. */
    private static final int ITEMS = 40_000;
    /** Due today: "5 days before", "2 days before" and "on the day" are all due, nothing overdue. */
    private static final int REMINDERS_PER_ITEM = 3;

    private static ConfigurableApplicationContext database;
    private static JdbcTemplate jdbc;
    private static String url;
    private static String password;
    private static String key;

    @BeforeAll
    static void startDatabaseAndItems() throws Exception {
        // the in-test portal only holds the embedded MariaDB and the demo province; its scheduler stays off
        SecurityContextHolderStrategy shared =
                SecurityContextHolder.getContextHolderStrategy();
        database = new SpringApplicationBuilder(GiamSatApplication.class)
                .run("--app.embedded-db.data-dir=", "--server.port=0", "--logging.level.root=warn");
        // Vaadin made this context's holder the JVM's; the other tests' cached contexts keep theirs
        SecurityContextHolder.setContextHolderStrategy(shared);
        url = database.getBean(EmbeddedMariaDb.class).jdbcUrl();
        password = database.getBean(EmbeddedMariaDb.class).password();
        key = Files.readString(Path.of("target/test-identity.key")).strip();
        jdbc = database.getBean(JdbcTemplate.class);
        jdbc.update("""
                INSERT INTO deadline_item (source_type, source_id, title, unit_id, responsible_account_id, received_on,
                                           working_days, due_date, status)
                SELECT 'kill-test', seq, CONCAT('Hạn bị ngắt ', seq), (select id from unit where code = 'HB-LS'),
                       (select id from account where username = 'luongson'), ?, 20, ?, 'OPEN'
                FROM seq_1_to_%d""".formatted(ITEMS), today().minusDays(28), today());
        // one firing of the real daily job, stored in MariaDB for whichever scheduler starts first
        database.getBean(Scheduler.class).scheduleJob(TriggerBuilder.newTrigger().withIdentity("kill-test", "test")
                .forJob(JobKey.jobKey("deadline-reminders", "deadlines")).startAt(new Date())
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build());
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_node_killed_during_the_reminder_scan_and_restarted_sends_every_reminder_once() throws Exception {
        long expected = (long) ITEMS * REMINDERS_PER_ITEM;
        Process first = startNode("first");
        try {
            waitUntil(240, () -> reminders() > 0 || !first.isAlive(), "the node never started the scan");
            assertThat(first.isAlive()).as("the node is running the scan (see target/killed-node-first.log)").isTrue();
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the JVM
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            first.destroyForcibly();
        }

        Map<String, Long> cut = state();
        assertThat(cut.get("reminders")).as("the scan was cut short: " + cut).isBetween(1L, expected - 1);
        assertThat(cut).as("each committed batch is whole: its reminder rows, notifications and mails together")
                .containsEntry("notifications", cut.get("reminders")).containsEntry("mails", cut.get("reminders"));
        waitUntil(20, () -> jdbc.queryForObject("select is_used_lock('giamsat124.deadline-reminders') is null", Boolean.class),
                "the dead node's named lock was not released by the server");

        Process again = startNode("again");
        try {
            waitUntil(240, () -> reminders() >= expected || !again.isAlive(), "the restarted node did not finish the scan");
            waitUntil(30, () -> jdbc.queryForObject("select count(*) from QRTZ_FIRED_TRIGGERS", Long.class) == 0,
                    "the recovered job is still running");
            assertThat(again.isAlive()).as("the restarted node (see target/killed-node-again.log)").isTrue();
            assertThat(Files.readString(Path.of("target", "killed-node-again.log")))
                    .as("the scan ran again because Quartz recovered the dead node's job, not by a new firing")
                    .contains("Scheduled 1 recoverable job(s) for recovery");
        } finally {
            again.destroy();
            again.waitFor(60, TimeUnit.SECONDS);
        }

        assertThat(state()).as("after the restart: every reminder once, none lost, none doubled")
                .containsEntry("reminders", expected).containsEntry("notifications", expected).containsEntry("mails", expected);
        assertThat(jdbc.queryForObject("""
                select count(*) from (select d.id from deadline_item d join deadline_reminder r on r.item_id = d.id
                where d.source_type = 'kill-test' group by d.id having count(*) = ?) whole""", Long.class, REMINDERS_PER_ITEM))
                .as("items with each of their three reminders").isEqualTo(ITEMS);
    }

    /** A portal node in its own JVM on the test's database, with its scheduler running. */
    private static Process startNode(String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), GiamSatApplication.class.getName(),
                "--server.port=0", "--logging.level.root=warn", "--logging.level.org.quartz=info", "--logging.level.org.springframework.scheduling.quartz=info",
                "--app.base-url=http://portal.test", "--spring.datasource.url=" + url, "--spring.datasource.username=" + EmbeddedMariaDb.USER,
                "--app.identity.keys=demo:" + key, "--spring.quartz.auto-startup=true",
                // the same instance both times, as a restarted node: Quartz recovers its own interrupted jobs
                "--spring.quartz.properties.org.quartz.scheduler.instanceId=killed-node"));
        File log = Path.of("target", "killed-node-" + name + ".log").toFile();
        ProcessBuilder node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        node.environment().put("SPRING_DATASOURCE_PASSWORD", password); // not on the command line
        return node.start();
    }

    private static long reminders() {
        return jdbc.queryForObject("""
                select count(*) from deadline_reminder r join deadline_item d on d.id = r.item_id
                where d.source_type = 'kill-test'""", Long.class);
    }

    private static Map<String, Long> state() {
        Map<String, Object> row = jdbc.queryForMap("""
                select (select count(*) from deadline_reminder r join deadline_item d on d.id = r.item_id
                        where d.source_type = 'kill-test') reminders,
                       (select count(*) from notification where title like '%Hạn bị ngắt %') notifications,
                       (select count(*) from mail_outbox where subject like '%Hạn bị ngắt %') mails""");
        Map<String, Long> counts = new TreeMap<>();
        row.forEach((k, v) -> counts.put(k.toLowerCase(), ((Number) v).longValue()));
        return counts;
    }

    private static LocalDate today() {
        return LocalDate.now(PortalFormats.VIETNAM);
    }

    private static void waitUntil(int seconds, BooleanSupplier condition, String failure) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(seconds);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError(failure);
            }
            Thread.sleep(20);
        }
    }
}
