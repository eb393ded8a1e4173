package vn.mttq.giamsat.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.base.security.PasswordHelp;

/** Issue 22: "Quên mật khẩu" reaches the administrator over the person's unit, once per quarter hour, and says nothing about unknown names. */
@SpringBootTest
class PasswordHelpTest {

    @Autowired PasswordHelp help;
    @Autowired JdbcTemplate jdbc;

    private int noticesFor(String fullName) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.account_id "
                + "WHERE a.username = 'admin' AND n.title = ? AND n.link = 'admin/tai-khoan'", Integer.class,
                "Yêu cầu cấp lại mật khẩu: " + fullName);
    }

    @Test
    void a_request_tells_the_administrator_and_a_second_one_soon_after_is_held_back() {
        int before = noticesFor("Đinh Thị Lụa");
        assertThat(help.request("HoiNongDan ", "192.0.2.10")).isTrue();
        assertThat(noticesFor("Đinh Thị Lụa")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT body FROM notification WHERE title = 'Yêu cầu cấp lại mật khẩu: Đinh Thị Lụa' ORDER BY id DESC LIMIT 1",
                String.class)).contains("hoinongdan", "Hội Nông dân tỉnh", "Quản trị → Tài khoản");
        assertThat(help.request("hoinongdan", "192.0.2.11")).as("the same account again within 15 minutes").isFalse();
        assertThat(help.request("dcpl", "192.0.2.10")).as("the same address again within 15 minutes").isFalse();
        assertThat(noticesFor("Đinh Thị Lụa")).isEqualTo(before + 1);
    }

    @Test
    void an_unknown_name_is_answered_alike_and_tells_no_one() {
        long notices = jdbc.queryForObject("SELECT COUNT(*) FROM notification", Long.class);
        assertThat(help.request("khong-co-ai", "192.0.2.20")).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification", Long.class)).isEqualTo(notices);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'PASSWORD_HELP_REQUESTED' AND actor = 'khong-co-ai'",
                Integer.class)).isEqualTo(1);
    }
}
