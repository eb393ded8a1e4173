package vn.mttq.giamsat.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.attachments.AttachmentService;
import vn.mttq.giamsat.base.infra.EmbeddedMariaDb;
import vn.mttq.giamsat.base.errors.PortalErrorHandler;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.calendar.CalendarAdjustment;
import vn.mttq.giamsat.calendar.CalendarAdministration;

/**
 * Faults the portal must live through with nothing lost: the database restarting under it (the
 * load balancer sees it not ready, a write in flight fails with a Vietnamese message and leaves
 * nothing behind, the next write works without restarting the portal), and an attachments volume
 * that refuses writes (a read-only mount: a clear message, the record unchanged). The mail server
 * being down for an hour is MailTest's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.embedded-db.connection-timeout=2s", "app.attachments.dir=/proc/giamsat124-read-only"})
@Import(SignIn.class)
class FaultsIT {

    @LocalServerPort
    int port;
    @Autowired EmbeddedMariaDb database;
    @Autowired JdbcTemplate jdbc;
    @Autowired CalendarAdministration calendar;
    @Autowired AttachmentService attachments;
    @Autowired SignIn signIn;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private int readiness() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private long adjustments() {
        return jdbc.queryForObject("select count(*) from calendar_adjustment", Long.class);
    }

    @Test
    void the_database_restarting_fails_a_write_in_vietnamese_and_the_next_one_works() throws Exception {
        long before = adjustments();
        assertThat(readiness()).isEqualTo(200);
        signIn.as("admin");
        database.stopServer();
        try {
            assertThat(readiness()).as("not ready while the database is away").isEqualTo(503);
            Throwable failed = catchThrowable(() -> calendar.record(
                    new CalendarAdjustment(LocalDate.of(2098, 4, 7), CalendarAdjustment.Kind.DAY_OFF, "Thử khi mất kết nối")));
            assertThat(failed).isNotNull();
            String key = PortalErrorHandler.messageKeyFor(failed);
            assertThat(key).isEqualTo("error.database-unavailable");
            assertThat(Texts.vi(key)).contains("chưa được lưu");
        } finally {
            database.startServer();
        }
        Instant until = Instant.now().plusSeconds(60);
        while (readiness() != 200 && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        assertThat(readiness()).as("ready again, without restarting the portal").isEqualTo(200);
        assertThat(adjustments()).as("nothing half-written").isEqualTo(before);
        calendar.record(new CalendarAdjustment(LocalDate.of(2098, 4, 8), CalendarAdjustment.Kind.DAY_OFF, "Thử sau khi kết nối lại"));
        assertThat(adjustments()).isEqualTo(before + 1);
    }

    @Test
    void a_read_only_attachments_volume_refuses_the_file_and_leaves_the_record_unchanged() {
        signIn.as("luongson");
        long unit = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        long rows = jdbc.queryForObject("select count(*) from attachment", Long.class);
        long audited = jdbc.queryForObject("select count(*) from audit_log where action = 'ATTACHMENT_UPLOADED'", Long.class);
        Throwable refused = catchThrowable(() -> attachments.attach("fault-test", "1", unit, false, "bien-ban.pdf",
                new ByteArrayInputStream("%PDF-1.7\n% biên bản\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(refused).isInstanceOf(UserFacingException.class).hasMessage("attachment.error.storage");
        assertThat(Texts.vi("attachment.error.storage")).contains("Hồ sơ chưa thay đổi");
        assertThat(jdbc.queryForObject("select count(*) from attachment", Long.class)).isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'ATTACHMENT_UPLOADED'", Long.class)).isEqualTo(audited);
    }
}
