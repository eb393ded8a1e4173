package vn.mttq.giamsat.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.errors.UserFacingException;

/** Only the Standing Committee names who may reveal reporters, only among the Front's people. */
@SpringBootTest
@Import(SignIn.class)
class IdentityReadersTest {

    @Autowired IdentityReaders readers;
    @Autowired CaseService cases;
    @Autowired CaseIdentities caseIdentities;
    @Autowired CaseIntake caseIntake;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long account(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    @Test
    void a_leader_names_a_department_officer_who_may_then_reveal_and_an_administrator_may_not_name_anyone() {
        signIn.as("luongson");
        FeedbackCase c = caseIntake.record(new CaseService.Intake(Channel.HOTLINE, LocalDate.now(PortalFormats.VIETNAM), CaseKind.REPORT, "", "",
                "UBND xã Cư Yên", "Phản ánh thu phí không đúng quy định " + System.nanoTime(), "Hà Văn Lực", null, null, null),
                jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class),
                "Huyện theo dõi trực tiếp vụ việc");
        signIn.as("admin");
        assertThatThrownBy(() -> readers.set(account("admin"), true)).isInstanceOf(AccessDeniedException.class);
        signIn.as("lanhdao");
        assertThatThrownBy(() -> readers.set(account("admin"), true)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> readers.set(account("hoinongdan"), true)).isInstanceOf(UserFacingException.class);
        readers.set(account("dcpl"), true);
        assertThat(readers.candidates()).anySatisfy(r -> {
            assertThat(r.fullName()).isEqualTo("Đỗ Khắc Huấn");
            assertThat(r.named()).isTrue();
        });
        try {
            signIn.as("dcpl");
            assertThat(caseIdentities.reveal(c.getId(), "Xác minh theo chỉ đạo").name()).isEqualTo("Hà Văn Lực");
        } finally {
            signIn.as("lanhdao");
            readers.set(account("dcpl"), false); // the shared demo database goes back as it was
        }
        signIn.as("dcpl");
        assertThatThrownBy(() -> caseIdentities.reveal(c.getId(), "Lần nữa")).isInstanceOf(AccessDeniedException.class);
    }
}
