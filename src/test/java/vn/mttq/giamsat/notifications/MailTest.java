package vn.mttq.giamsat.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.organisation.Recipient;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/** E-mail through a real SMTP server (GreenMail on port 3025, see test configuration). */
@SpringBootTest
@Import(SignIn.class)
class MailTest {

    private static final ServerSetup SMTP = new ServerSetup(3025, "localhost", ServerSetup.PROTOCOL_SMTP);

    @Autowired NotificationService notifications;
    @Autowired MailOutbox outbox;
    @Autowired RecipientDirectory directory;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired SignIn signIn;

    private GreenMail smtp;

    @BeforeEach
    void clearOutbox() {
        jdbc.update("delete from mail_outbox");
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
        signIn.signOut();
    }

    private Recipient person(String username) {
        long id = jdbc.queryForObject("select id from account where username = ?", Long.class, username);
        return directory.account(id).orElseThrow();
    }

    private String status(String subjectPart) {
        return jdbc.queryForObject("select status from mail_outbox where subject like ?", String.class, "%" + subjectPart + "%");
    }

    @Test
    void a_notification_is_mailed_in_vietnamese_with_a_link_to_the_item() throws Exception {
        smtp = new GreenMail(SMTP);
        smtp.start();
        tx.executeWithoutResult(s -> notifications.notify(person("dcpl"), "Kiến nghị số 7 sắp đến hạn",
                "Hạn xử lý: 13/03/2026.", "lich-lam-viec"));
        assertThat(outbox.sendDue()).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("[Giám sát 124] Kiến nghị số 7 sắp đến hạn");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("dcpl@mttq-hoabinh.example.org");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(new String(received[0].getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Kính gửi Đỗ Khắc Huấn", "http://localhost:8080/lich-lam-viec");
        assertThat(outbox.sendDue()).as("sent once").isZero();
    }

    @Test
    void while_the_mail_server_is_down_mail_waits_and_goes_out_once_it_is_back() throws Exception {
        tx.executeWithoutResult(s -> notifications.notify(person("dcpl"), "Thư chờ máy chủ", "Nội dung.", null));
        assertThat(outbox.sendDue()).isZero();
        assertThat(status("Thư chờ máy chủ")).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select attempts from mail_outbox where subject like '%Thư chờ máy chủ%'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select next_attempt_at > utc_timestamp(6) from mail_outbox where subject like '%Thư chờ máy chủ%'",
                Boolean.class)).as("backs off before the next try").isTrue();

        smtp = new GreenMail(SMTP);
        smtp.start();
        assertThat(outbox.sendDue()).as("not before its next try").isZero();
        jdbc.update("update mail_outbox set next_attempt_at = utc_timestamp(6) - interval 1 second"); // the wait has passed
        assertThat(outbox.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("[Giám sát 124] Thư chờ máy chủ");
        assertThat(status("Thư chờ máy chủ")).isEqualTo("SENT");
    }

    @Test
    void after_the_configured_number_of_tries_a_mail_is_marked_failed_for_the_administrator() {
        tx.executeWithoutResult(s -> notifications.notify(person("dcpl"), "Thư không gửi được", "Nội dung.", null));
        for (int i = 0; i < 8; i++) {
            jdbc.update("update mail_outbox set next_attempt_at = utc_timestamp(6) - interval 1 second where status = 'PENDING'");
            outbox.sendDue();
        }
        assertThat(status("Thư không gửi được")).isEqualTo("FAILED");
        signIn.as("admin");
        assertThat(outbox.unsent(PageRequest.of(0, 10)).getContent())
                .extracting(OutgoingMail::getSubject).contains("[Giám sát 124] Thư không gửi được");
        long id = jdbc.queryForObject("select id from mail_outbox where subject like '%Thư không gửi được%'", Long.class);
        outbox.retry(id);
        assertThat(status("Thư không gửi được")).as("an administrator sends it again").isEqualTo("PENDING");
        signIn.as("dcpl");
        Assertions.assertThatThrownBy(() -> outbox.retry(id))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_person_who_chose_the_digest_gets_one_mail_a_day_with_everything() {
        smtp = new GreenMail(SMTP);
        smtp.start();
        signIn.as("luongson");
        notifications.setMyEmailMode(EmailMode.DIGEST);
        signIn.signOut();
        tx.executeWithoutResult(s -> {
            notifications.notify(person("luongson"), "Nhắc việc A", "Nội dung A.", null);
            notifications.notify(person("luongson"), "Nhắc việc B", "Nội dung B.", null);
        });
        assertThat(outbox.sendDue()).as("nothing immediate").isZero();
        assertThat(notifications.sendDigests()).isEqualTo(1);
        assertThat(notifications.sendDigests()).as("digest sent once").isZero();
        outbox.sendDue();
        List<String> subjects = Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(subjects).containsExactly("[Giám sát 124] Tổng hợp 2 thông báo trong ngày");
        signIn.as("luongson");
        notifications.setMyEmailMode(EmailMode.IMMEDIATE);
    }
}
