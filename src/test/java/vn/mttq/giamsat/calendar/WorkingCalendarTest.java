package vn.mttq.giamsat.calendar;

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
import vn.mttq.giamsat.base.errors.UserFacingException;

/** Due dates the way the Front counts them, across Tết, 30/4-1/5 and compensatory days. */
@SpringBootTest
@Import(SignIn.class)
class WorkingCalendarTest {

    @Autowired WorkingCalendar calendar;
    @Autowired CalendarAdministration administration;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void twenty_working_days_across_tet_2026() {
        // received Friday 6/2/2026; Tết: 16/2 (30 Tết) to 20/2 (Mùng 4) are off
        assertThat(calendar.dueDate(LocalDate.of(2026, 2, 6), 20)).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 20))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
    }

    @Test
    void the_day_of_receipt_is_not_counted_and_the_due_day_is_a_working_day() {
        // received Monday 5/10/2026: day 1 is Tuesday 6/10
        assertThat(calendar.dueDate(LocalDate.of(2026, 10, 5), 1)).isEqualTo(LocalDate.of(2026, 10, 6));
        // received Friday: the next working day is Monday
        assertThat(calendar.dueDate(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 12));
        // received on a Sunday counts from Monday
        assertThat(calendar.dueDate(LocalDate.of(2026, 10, 11), 1)).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThatThrownBy(() -> calendar.dueDate(LocalDate.of(2026, 10, 5), 0)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void hung_kings_day_on_a_sunday_gives_a_compensatory_monday_before_30_april_and_1_may() {
        // 2026: Giỗ Tổ 10/3 lunar = Sunday 26/4 -> Monday 27/4 off; 30/4 Thu and 1/5 Fri off
        assertThat(calendar.daysOff(2026)).anyMatch(d -> d.date().equals(LocalDate.of(2026, 4, 27))
                && d.kind() == DayOff.Kind.COMPENSATORY);
        assertThat(calendar.dueDate(LocalDate.of(2026, 4, 24), 5)).isEqualTo(LocalDate.of(2026, 5, 6));
    }

    @Test
    void new_year_on_a_saturday_gives_monday_off() {
        assertThat(calendar.daysOff(2022)).anyMatch(d -> d.date().equals(LocalDate.of(2022, 1, 3))
                && d.kind() == DayOff.Kind.COMPENSATORY);
    }

    @Test
    void thirty_working_days_for_a_complex_case_and_remaining_and_overdue_counts() {
        LocalDate received = LocalDate.of(2026, 6, 1);
        LocalDate due20 = calendar.dueDate(received, 20);
        LocalDate due30 = calendar.dueDate(received, 30);
        assertThat(due20).isEqualTo(LocalDate.of(2026, 6, 29));
        assertThat(due30).isEqualTo(LocalDate.of(2026, 7, 13));
        assertThat(calendar.workingDaysRemaining(received, due20)).isEqualTo(20);
        assertThat(calendar.workingDaysRemaining(due20, due20)).isZero();
        assertThat(calendar.workingDaysOverdue(LocalDate.of(2026, 7, 3), due20)).isEqualTo(4);
        assertThat(calendar.workingDaysOverdue(due20, due20)).isZero();
    }

    @Test
    void a_saturday_made_a_working_day_by_decision_changes_due_dates_computed_afterwards() {
        LocalDate saturday = LocalDate.of(2027, 5, 8);
        assertThat(calendar.dueDate(LocalDate.of(2027, 5, 5), 3)).isEqualTo(LocalDate.of(2027, 5, 10));
        signIn.as("admin");
        CalendarAdjustment swap = new CalendarAdjustment(saturday, CalendarAdjustment.Kind.WORKING_DAY, "Làm bù cho ngày nghỉ 3/5");
        swap.setDecisionNumber("123/TB-LĐTBXH");
        swap.setDecisionDate(LocalDate.of(2027, 3, 1));
        CalendarAdjustment saved = administration.record(swap);
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.dueDate(LocalDate.of(2027, 5, 5), 3)).isEqualTo(saturday);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'CALENDAR_ADJUSTED' and target_id = ?",
                Long.class, String.valueOf(saved.getId()))).isEqualTo(1);
        administration.remove(saved.getId());
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
    }

    @Test
    void a_decided_day_off_moves_deadlines_and_shows_its_decision() {
        signIn.as("admin");
        LocalDate monday = LocalDate.of(2027, 9, 6);
        CalendarAdjustment off = new CalendarAdjustment(monday, CalendarAdjustment.Kind.DAY_OFF, "Nghỉ bù Quốc khánh");
        off.setDecisionNumber("45/TB-BNV");
        administration.record(off);
        assertThat(calendar.daysOff(2027)).anyMatch(d -> d.date().equals(monday) && d.detail().contains("45/TB-BNV"));
        assertThatThrownBy(() -> administration.record(new CalendarAdjustment(monday, CalendarAdjustment.Kind.DAY_OFF, "Lần 2")))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> administration.record(new CalendarAdjustment(LocalDate.of(2027, 9, 11),
                CalendarAdjustment.Kind.DAY_OFF, "Thứ bảy"))).isInstanceOf(UserFacingException.class);
    }

    @Test
    void only_administrators_record_decisions_and_years_outside_1990_2100_are_refused() {
        signIn.as("lanhdao");
        assertThatThrownBy(() -> administration.record(new CalendarAdjustment(LocalDate.of(2027, 1, 4),
                CalendarAdjustment.Kind.DAY_OFF, "x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.daysOff(1989)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> calendar.dueDate(LocalDate.of(2100, 12, 30), 5)).isInstanceOf(UserFacingException.class);
        assertThat(calendar.daysOff(2100)).isNotEmpty();
    }
}
