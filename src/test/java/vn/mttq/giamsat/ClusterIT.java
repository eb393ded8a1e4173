package vn.mttq.giamsat;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.KeyMatcher;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mttq.giamsat.base.infra.EmbeddedMariaDb;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.calendar.CalendarAdjustment;
import vn.mttq.giamsat.calendar.CalendarAdministration;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.deadlines.DeadlineReminders;
import vn.mttq.giamsat.deadlines.DeadlineRule;
import vn.mttq.giamsat.deadlines.LegalTimeLimits;
import vn.mttq.giamsat.notifications.MailOutbox;
import vn.mttq.giamsat.notifications.NotificationService;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * Two portal nodes on one MariaDB, as behind the compose file's proxy: a node with the embedded
 * server and its demo province, and a second one configured with that server as its external
 * database. Quartz is clustered, the reminder scan and the mail outbox do their work exactly once
 * however the nodes race, a notification written on one node reaches a bell open on the other
 * within seconds, and a calendar or time-limit change on one node is used by the other at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT extends BrowserJourney {

    private static final ServerSetup SMTP = new ServerSetup(3025, "localhost", ServerSetup.PROTOCOL_SMTP);
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        nodeA = node("--app.embedded-db.data-dir=", "--spring.quartz.properties.org.quartz.scheduler.instanceId=node-a");
        EmbeddedMariaDb database = nodeA.getBean(EmbeddedMariaDb.class);
        String key = Files.readString(Path.of("target/test-identity.key")).strip();
        nodeB = node("--app.base-url=http://portal.test", "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--app.identity.keys=demo:" + key, "--spring.quartz.properties.org.quartz.scheduler.instanceId=node-b");
    }

    private static ConfigurableApplicationContext node(String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--app.cluster.signal-poll=1s", "--logging.level.root=warn",
                "--app.identity.demo-key-file=target/test-identity.key"));
        all.addAll(Arrays.asList(args));
        // command-line arguments outrank the test configuration files
        return new SpringApplicationBuilder(GiamSatApplication.class).run(all.toArray(String[]::new));
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private static int portOf(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static void signInOn(ConfigurableApplicationContext node, String username) {
        node.getAutowireCapableBeanFactory().createBean(SignIn.class).as(username);
    }

    private static void signOutOn(ConfigurableApplicationContext node) {
        node.getAutowireCapableBeanFactory().createBean(SignIn.class).signOut();
    }

    @Test
    void a_notification_written_on_one_node_reaches_a_bell_open_on_the_other_within_seconds() {
        port = portOf(nodeB);
        signIn("luongson", "Demo@124");
        waitForText("Bùi Văn Thắng");
        By unread = By.cssSelector(".notification-bell .unread-count");
        String before = waiting().until(d -> d.findElement(unread)).getText();
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        long account = jdbc.queryForObject("select id from account where username = 'luongson'", Long.class);
        nodeA.getBean(NotificationService.class).notify(nodeA.getBean(RecipientDirectory.class).account(account).orElseThrow(),
                "Thông báo từ máy chủ thứ nhất", "Kiểm tra chuông trên máy chủ thứ hai", null);
        String expected = String.valueOf((before.isEmpty() ? 0 : Integer.parseInt(before)) + 1);
        // the bell's own poll runs every five minutes: the change within seconds came by the cluster signal
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage(() -> "the bell on node B still shows \"" + driver.findElement(unread).getText() + "\"")
                .until(d -> d.findElement(unread).getText().equals(expected));
    }

    @Test
    void a_calendar_change_on_one_node_is_used_by_the_other_within_seconds() throws Exception {
        LocalDate day = LocalDate.of(2099, 3, 4); // a Wednesday
        WorkingCalendar calendarB = nodeB.getBean(WorkingCalendar.class);
        assertThat(calendarB.isWorkingDay(day)).as("node B has computed (and kept) 2099").isTrue();
        signInOn(nodeA, "admin");
        try {
            nodeA.getBean(CalendarAdministration.class).record(new CalendarAdjustment(day, CalendarAdjustment.Kind.DAY_OFF, "Thử cụm máy chủ"));
        } finally {
            signOutOn(nodeA);
        }
        assertThat(nodeA.getBean(WorkingCalendar.class).isWorkingDay(day)).isFalse();
        Instant until = Instant.now().plusSeconds(10);
        while (calendarB.isWorkingDay(day) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertThat(calendarB.isWorkingDay(day)).as("node B forgot its cached year").isFalse();
    }

    @Test
    void a_legal_time_limit_changed_on_one_node_is_read_by_the_other_at_once() {
        signInOn(nodeA, "admin");
        signInOn(nodeB, "admin");
        try {
            DeadlineRule rule = nodeA.getBean(LegalTimeLimits.class).rules().getFirst();
            int changed = rule.getStandardWorkingDays() > 1 ? rule.getStandardWorkingDays() - 1 : rule.getStandardWorkingDays() + 1;
            rule.setStandardWorkingDays(changed);
            nodeA.getBean(LegalTimeLimits.class).saveRule(rule);
            assertThat(nodeB.getBean(LegalTimeLimits.class).rule(rule.getSourceType()).orElseThrow().getStandardWorkingDays())
                    .isEqualTo(changed);
        } finally {
            signOutOn(nodeA);
            signOutOn(nodeB);
        }
    }

    @Test
    void both_nodes_sending_the_outbox_at_once_send_each_mail_once() throws Exception {
        GreenMail smtp = new GreenMail(SMTP);
        smtp.start();
        try {
            JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
            jdbc.update("update mail_outbox set status = 'SENT' where status = 'PENDING'"); // the demo's own mails are not this test's
            List<MailOutbox.Mail> mails = new ArrayList<>();
            for (int i = 1; i <= 30; i++) {
                mails.add(new MailOutbox.Mail("nguoi" + i + "@mttq.example.org", "Thư cụm số " + i, "Nội dung " + i));
            }
            nodeA.getBean(TransactionTemplate.class).executeWithoutResult(s -> nodeA.getBean(MailOutbox.class).enqueue(mails));
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> nodeA.getBean(MailOutbox.class).sendDue());
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> nodeB.getBean(MailOutbox.class).sendDue());
            assertThat(a.get() + b.get()).as("mails the two nodes say they sent").isEqualTo(30);
            assertThat(smtp.getReceivedMessages()).as("mails the SMTP server received").hasSize(30);
            assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
                try {
                    return m.getSubject();
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).distinct()).hasSize(30);
            assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject like '%Thư cụm số%' and status = 'SENT'",
                    Long.class)).isEqualTo(30);
        } finally {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void the_reminder_scan_run_on_both_nodes_at_once_reminds_each_person_once() throws Exception {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        long lastNotification = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
        long lastReminder = jdbc.queryForObject("select coalesce(max(id), 0) from deadline_reminder", Long.class);
        long lastMail = jdbc.queryForObject("select coalesce(max(id), 0) from mail_outbox", Long.class);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> nodeA.getBean(DeadlineReminders.class).run(today));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> nodeB.getBean(DeadlineReminders.class).run(today));
        int raced = a.get() + b.get();
        assertThat(raced).as("the demo province has items near or past their deadline").isPositive();
        List<Long> racedCounts = counts(jdbc, lastNotification, lastReminder, lastMail);
        assertThat(nodeB.getBean(DeadlineReminders.class).run(today)).as("a later run finds nothing left").isZero();

        // the same scan once, on one node alone, from the same starting point
        jdbc.update("delete from notification where id > ?", lastNotification);
        jdbc.update("delete from deadline_reminder where id > ?", lastReminder);
        jdbc.update("delete from mail_outbox where id > ?", lastMail);
        int alone = nodeA.getBean(DeadlineReminders.class).run(today);
        assertThat(raced).as("reminders sent by the two racing nodes and by one node alone").isEqualTo(alone);
        assertThat(racedCounts).as("notifications, reminder rows and mails: racing vs alone")
                .isEqualTo(counts(jdbc, lastNotification, lastReminder, lastMail));
    }

    private static List<Long> counts(JdbcTemplate jdbc, long notification, long reminder, long mail) {
        return List.of(jdbc.queryForObject("select count(*) from notification where id > ?", Long.class, notification),
                jdbc.queryForObject("select count(*) from deadline_reminder where id > ?", Long.class, reminder),
                jdbc.queryForObject("select count(*) from mail_outbox where id > ?", Long.class, mail));
    }

    @Test
    @Order(2) // after the scan test: the job it fires sends today's reminders
    void a_clustered_quartz_job_fires_on_exactly_one_node() throws Exception {
        JobKey job = JobKey.jobKey("deadline-reminders", "deadlines");
        AtomicInteger runs = new AtomicInteger();
        List<String> ranOn = new CopyOnWriteArrayList<>();
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            Scheduler scheduler = node.getBean(Scheduler.class);
            scheduler.getListenerManager().addJobListener(new JobListener() {
                @Override
                public String getName() {
                    return "count-" + System.identityHashCode(node);
                }

                @Override
                public void jobToBeExecuted(JobExecutionContext context) {
                    runs.incrementAndGet();
                    ranOn.add(context.getFireInstanceId());
                }

                @Override
                public void jobExecutionVetoed(JobExecutionContext context) {
                }

                @Override
                public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
                }
            }, KeyMatcher.keyEquals(job));
            scheduler.start();
        }
        try {
            nodeA.getBean(Scheduler.class).scheduleJob(TriggerBuilder.newTrigger().withIdentity("cluster-once", "test").forJob(job)
                    .startAt(Date.from(Instant.now().plusSeconds(2))).withSchedule(SimpleScheduleBuilder.simpleSchedule()).build());
            Instant until = Instant.now().plusSeconds(40);
            while (runs.get() == 0 && Instant.now().isBefore(until)) {
                Thread.sleep(200);
            }
            Thread.sleep(5000); // time for a second node to (wrongly) fire it too
            assertThat(runs.get()).as("executions across both nodes: " + ranOn).isEqualTo(1);
        } finally {
            for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
                node.getBean(Scheduler.class).standby();
            }
        }
    }
}
