package vn.mttq.giamsat.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;

/** Half-year reports: every district and member organisation is reminded until it submits. */
@SpringBootTest
@Import(SignIn.class)
class PeriodicReportsTest {

    @Autowired DeadlineReminders reminders;
    @Autowired PeriodicReports periodicReports;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private List<String> inbox(String username) {
        return jdbc.queryForList("""
                select n.title from notification n join account a on a.id = n.account_id
                where a.username = ? and n.title like '%6 tháng đầu năm 2026%' order by n.id""", String.class, username);
    }

    @Test
    void units_that_have_not_submitted_are_reminded_before_the_half_year_report_is_due() {
        // Monday 15/6/2026: the report due Saturday 20/6 is four working days away
        reminders.run(LocalDate.of(2026, 6, 15));
        assertThat(jdbc.queryForObject("select count(*) from deadline_item where source_type = 'periodic-report' "
                + "and source_id like '2026-HALF_YEAR:%'", Integer.class)).isGreaterThanOrEqualTo(13);
        assertThat(inbox("luongson")).containsExactly("Sắp đến hạn: Báo cáo 6 tháng đầu năm 2026 thực hiện Quy định 124-QĐ/TW");
        assertThat(inbox("hoinongdan")).hasSize(1);
        assertThat(inbox("lanhdao")).as("the province itself reports upward, not to itself").isEmpty();

        long luongSon = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        signIn.as("luongson");
        periodicReports.submitted(luongSon, "2026-HALF_YEAR", LocalDate.of(2026, 6, 16));
        signIn.signOut();

        // Thursday 18/6: two working days left; only those who have not submitted hear of it
        reminders.run(LocalDate.of(2026, 6, 18));
        assertThat(inbox("luongson")).hasSize(1);
        assertThat(inbox("hoinongdan")).hasSize(2);
        reminders.run(LocalDate.of(2026, 6, 18));
        assertThat(inbox("hoinongdan")).hasSize(2);
    }
}
