package vn.mttq.giamsat.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.Sheets;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.Texts;

/** The audit log downloads as its filter shows it: moments as date-time cells, actions in words; only for the administrator. */
@SpringBootTest
@Import(SignIn.class)
class AuditExportTest {

    @Autowired AuditExport export;
    @Autowired AuditService audit;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void the_log_downloads_with_its_moments_as_dates_and_its_actions_in_words() {
        signIn.as("admin");
        List<List<String>> rows = Sheets.read(export.write("", null, null, Texts.VIETNAMESE));
        assertThat(rows.getFirst()).containsExactly("Thời gian", "Người thực hiện", "Hành động", "Đối tượng", "Chi tiết", "Địa chỉ IP");
        assertThat(rows).hasSize((int) Math.min(AuditExport.MAX_ROWS, audit.count("", null, null)) + 1);
        assertThat(rows.stream().skip(1).map(r -> r.getFirst())).allMatch(t -> t.startsWith("#n"));
        assertThat(rows.stream().skip(1).map(r -> r.get(2))).contains("Tạo dữ liệu mẫu").noneMatch(a -> a.matches("[A-Z_]+"));
    }

    @Test
    void a_district_cannot_download_the_log() {
        signIn.as("luongson");
        assertThatThrownBy(() -> export.write("", null, null, Texts.VIETNAMESE)).isInstanceOf(AccessDeniedException.class);
    }
}
