package vn.mttq.giamsat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.PortalFormats;

/** The administrator reads the audit trail, filtered by Vietnamese-format dates. */
@SpringBootTest
@Import(SignIn.class)
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void the_trail_shows_the_demo_seeding_and_filters_by_date() {
        signIn.as("admin");
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(view.from.getI18n().getDateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(view.from.getI18n().getMonthNames()).startsWith("Tháng 1");
        assertThat(view.from.getI18n().getFirstDayOfWeek()).isEqualTo(1);

        var grid = test(view.grid);
        assertThat(grid.size()).isPositive();
        // the count is of every entry the filters find, not of one page
        long total = jdbc.queryForObject("select count(*) from audit_log", Long.class);
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("result-count").single().getText())
                .isEqualTo(PortalFormats.number(total) + " sự kiện");
        boolean seeded = false;
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            // the seeding in words, by the system, on the province unit (issue 22: codes were shown as stored)
            seeded |= grid.getCellText(i, 2).equals("Tạo dữ liệu mẫu") && grid.getCellText(i, 1).equals("Hệ thống (tự động)")
                    && grid.getCellText(i, 3).startsWith("Đơn vị ");
            // other tests' made-up record types ("test-record") have no words, and need none
            if (grid.getCellText(i, 2).matches("[A-Z_]+") || grid.getCellText(i, 3).matches("(?!test-)[a-z_-]+ .*")) {
                codes.add(grid.getCellText(i, 2) + " / " + grid.getCellText(i, 3));
            }
        }
        assertThat(seeded).isTrue();
        assertThat(codes).as("no raw action code or record type").isEmpty();
        assertThat(grid.getCellText(0, 0)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");

        test(view.to).setValue(LocalDate.now(PortalFormats.VIETNAM).minusYears(1));
        assertThat(test(view.grid).size()).isZero();
        test(view.to).setValue(null);
        test(view.from).setValue(LocalDate.now(PortalFormats.VIETNAM));
        assertThat(test(view.grid).size()).isPositive();
    }
}
