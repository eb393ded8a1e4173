package vn.mttq.giamsat.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.errors.UserFacingException;

/** The legal time limits as administrator-editable reference data, and deadlines that obey them. */
@SpringBootTest
@Import(SignIn.class)
class LegalTimeLimitsTest {

    static final String RECOMMENDATION = "supervision-recommendation";

    @Autowired LegalTimeLimits limits;
    @Autowired DeadlineService deadlines;
    @Autowired PeriodicReports periodicReports;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private DeadlineRule rule() {
        return limits.rule(RECOMMENDATION).orElseThrow();
    }

    private ReportingSchedule halfYear() {
        return limits.schedules().stream().filter(s -> s.kind().equals("HALF_YEAR")).findFirst().orElseThrow();
    }

    private String register(int workingDays) {
        String id = UUID.randomUUID().toString();
        long unit = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        deadlines.register(new DeadlineRequest(RECOMMENDATION, id, "Kiến nghị sau giám sát " + id, null, unit, null,
                LocalDate.of(2026, 3, 2), workingDays));
        return id;
    }

    private static void refusedWith(String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void regulation_124_is_seeded_with_its_source() {
        signIn.as("lanhdao");
        assertThat(rule().getStandardWorkingDays()).isEqualTo(20);
        assertThat(rule().getMaximumWorkingDays()).isEqualTo(30);
        assertThat(rule().getSource()).contains("Quy định 124-QĐ/TW");
    }

    @Test
    void a_deadline_beyond_the_legal_maximum_is_refused_and_nothing_changes() {
        signIn.as("dcpl");
        refusedWith("deadline.error.beyond-maximum", () -> register(31));
        String id = register(20);
        LocalDate due = deadlines.get(RECOMMENDATION, id).dueDate();
        refusedWith("deadline.error.beyond-maximum", () -> deadlines.extend(RECOMMENDATION, id, 31, "Vụ việc phức tạp"));
        assertThat(deadlines.get(RECOMMENDATION, id).dueDate()).isEqualTo(due);
        assertThat(deadlines.history(RECOMMENDATION, id)).hasSize(1);
        assertThat(deadlines.extend(RECOMMENDATION, id, 30, "Vụ việc phức tạp").workingDays()).isEqualTo(30);
    }

    @Test
    void every_seeded_rule_can_be_saved_again_as_it_is() {
        signIn.as("admin");
        for (DeadlineRule rule : limits.rules()) {
            // the plan-task rule (260 working days) was refused once by a limit of 120
            assertThat(limits.saveRule(rule).getMaximumWorkingDays()).as(rule.getSourceType()).isEqualTo(rule.getMaximumWorkingDays());
        }
    }

    @Test
    void an_administrator_lowers_the_maximum_and_later_extensions_follow() {
        signIn.as("admin");
        DeadlineRule rule = rule();
        rule.setMaximumWorkingDays(25);
        limits.saveRule(rule);
        try {
            signIn.as("dcpl");
            String id = register(20);
            refusedWith("deadline.error.beyond-maximum", () -> deadlines.extend(RECOMMENDATION, id, 30, "Vụ việc phức tạp"));
            assertThat(deadlines.extend(RECOMMENDATION, id, 25, "Vụ việc phức tạp").workingDays()).isEqualTo(25);
            assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'DEADLINE_RULE_UPDATED' and details like '20/25%'",
                    Integer.class)).isPositive();
        } finally {
            signIn.as("admin");
            DeadlineRule back = rule();
            back.setMaximumWorkingDays(30);
            limits.saveRule(back);
        }
    }

    @Test
    void only_administrators_change_time_limits() {
        for (String user : new String[] {"lanhdao", "dcpl", "luongson", "hoinongdan"}) {
            signIn.as(user);
            DeadlineRule rule = rule();
            ReportingSchedule schedule = halfYear();
            rule.setMaximumWorkingDays(60);
            assertThatThrownBy(() -> limits.saveRule(rule)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> limits.saveSchedule(schedule)).as(user).isInstanceOf(AccessDeniedException.class);
        }
        signIn.signOut();
        assertThatThrownBy(limits::rules).isInstanceOf(AuthenticationException.class);
        signIn.as("admin");
        assertThat(rule().getMaximumWorkingDays()).isEqualTo(30);
    }

    @Test
    void bad_values_are_refused_with_a_reason_and_nothing_is_stored() {
        signIn.as("admin");
        refusedWith("time-limits.error.maximum-below-standard", () -> changeRule(r -> r.setMaximumWorkingDays(10)));
        refusedWith("time-limits.error.days-range", () -> changeRule(r -> r.setStandardWorkingDays(0)));
        refusedWith("time-limits.error.days-range", () -> changeRule(r -> r.setMaximumWorkingDays(300)));
        refusedWith("time-limits.error.source-required", () -> changeRule(r -> r.setSource("  ")));
        assertThat(rule().getStandardWorkingDays()).isEqualTo(20);
        assertThat(rule().getMaximumWorkingDays()).isEqualTo(30);
        assertThat(rule().getSource()).contains("124");

        refusedWith("time-limits.error.leap-day", () -> changeSchedule(s -> s.setDue(MonthDay.of(2, 29))));
        refusedWith("time-limits.error.open-days", () -> changeSchedule(s -> s.setOpenDaysBefore(0)));
        refusedWith("time-limits.error.title-pattern", () -> changeSchedule(s -> s.setTitlePattern("Báo cáo 6 tháng")));
        refusedWith("time-limits.error.title-pattern", () -> changeSchedule(s -> s.setTitlePattern("Báo cáo {0")));
        assertThat(halfYear().due()).isEqualTo(MonthDay.of(6, 20));
        assertThat(halfYear().openDaysBefore()).isEqualTo(30);
        assertThat(halfYear().titlePattern()).contains("{0}");
    }

    private void changeRule(Consumer<DeadlineRule> change) {
        DeadlineRule rule = rule();
        change.accept(rule);
        limits.saveRule(rule);
    }

    private void changeSchedule(Consumer<ReportingSchedule> change) {
        ReportingSchedule schedule = halfYear();
        change.accept(schedule);
        limits.saveSchedule(schedule);
    }

    @Test
    void two_administrators_editing_the_same_rule_cannot_overwrite_each_other() {
        signIn.as("admin");
        DeadlineRule mine = rule();
        DeadlineRule theirs = rule();
        mine.setSource(mine.getSource() + " ");
        limits.saveRule(mine);
        theirs.setMaximumWorkingDays(45);
        assertThatThrownBy(() -> limits.saveRule(theirs)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(rule().getMaximumWorkingDays()).isEqualTo(30);
    }

    @Test
    void a_changed_schedule_sets_the_due_date_of_the_next_half_year_report() {
        signIn.as("admin");
        ReportingSchedule original = halfYear();
        MonthDay due = original.due();
        int open = original.openDaysBefore();
        changeSchedule(s -> {
            s.setDue(MonthDay.of(6, 25));
            s.setOpenDaysBefore(10);
        });
        try {
            signIn.signOut();
            assertThat(periodicReports.open(LocalDate.of(2031, 6, 14))).as("not open yet: 15/6 is ten days before").isZero();
            assertThat(periodicReports.open(LocalDate.of(2031, 6, 16))).isPositive();
            assertThat(jdbc.queryForList("select distinct due_date from deadline_item where source_id like '2031-HALF_YEAR:%'",
                    LocalDate.class)).containsExactly(LocalDate.of(2031, 6, 25));
        } finally {
            signIn.as("admin");
            changeSchedule(s -> {
                s.setDue(due);
                s.setOpenDaysBefore(open);
            });
        }
    }
}
