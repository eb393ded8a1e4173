package vn.mttq.giamsat.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.mttq.giamsat.SignIn;

/** The calendar page: days off with their reasons, and an administrator recording a swap. */
@SpringBootTest
@Import(SignIn.class)
class CalendarViewTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;
    @Autowired WorkingCalendar calendar;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private Span day(LocalDate date) {
        return find(Span.class).withAttribute("data-date", date.toString()).single();
    }

    @Test
    void tet_is_marked_with_its_reason_and_a_member_organisation_cannot_edit() {
        signIn.as("hoinongdan");
        CalendarView view = navigate(CalendarView.class);
        test(view.year).selectItem("2026");
        assertThat(day(LocalDate.of(2026, 2, 17)).getElement().getAttribute("title")).isEqualTo("Tết Âm lịch");
        assertThat(day(LocalDate.of(2026, 4, 27)).getElement().getAttribute("title"))
                .isEqualTo("Nghỉ bù - Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        assertThat(day(LocalDate.of(2026, 2, 23)).getElement().hasAttribute("title")).isFalse();
        assertThat(view.summary.getText()).startsWith("Số ngày nghỉ lễ, nghỉ bù trong năm:");
        assertThat(view.add.isAttached()).isFalse();

        test(view.month).selectItem("Tháng 2");
        assertThat(find(MonthGrid.class).all()).hasSize(1);
        assertThat(view.summary.getText()).isEqualTo("Số ngày nghỉ lễ, nghỉ bù trong tháng: 5");
        assertThat(day(LocalDate.of(2026, 2, 18)).getElement().getAttribute("title")).isEqualTo("Tết Âm lịch");
        test(view.month).selectItem("Cả năm");
        assertThat(find(MonthGrid.class).all()).hasSize(12);
    }

    @Test
    void an_administrator_turns_a_saturday_into_a_working_day_with_its_decision() {
        signIn.as("admin");
        CalendarView view = navigate(CalendarView.class);
        LocalDate saturday = LocalDate.of(2028, 4, 29);
        test(view.day).setValue(saturday);
        test(view.kind).selectItem("Đi làm (làm bù, bỏ ngày nghỉ)");
        test(view.reason).setValue("Làm bù cho ngày nghỉ 2/5/2028");
        test(view.decisionNumber).setValue("99/TB-LĐTBXH");
        test(view.add).click();
        assertThat(view.year.getValue()).isEqualTo(2028);
        assertThat(day(saturday).getElement().hasAttribute("title")).isFalse();
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(test(view.adjustments).size()).isEqualTo(1);
        assertThat(test(view.adjustments).getCellText(0, 0)).isEqualTo("29/04/2028");

        test(view.add).click(); // empty form: refused field by field, nothing saved
        assertThat(view.day.isInvalid()).isTrue();
        assertThat(test(view.adjustments).size()).isEqualTo(1);
    }

    @Test
    void an_administrator_changes_the_week_pattern_and_due_dates_follow() {
        signIn.as("admin");
        CalendarView view = navigate(CalendarView.class);
        LocalDate friday = LocalDate.of(2029, 3, 2);
        assertThat(calendar.isWorkingDay(friday)).isTrue();
        view.restDays.setValue(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(calendar.isWorkingDay(friday)).isFalse();
        view.restDays.setValue(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(calendar.isWorkingDay(friday)).isTrue();
    }

    @Test
    void an_administrator_lengthens_the_tet_break_and_a_span_without_mung_1_is_refused() {
        signIn.as("admin");
        CalendarView view = navigate(CalendarView.class);
        LocalDate mondayBeforeTet = LocalDate.of(2028, 1, 24); // Tết 2028 is Wednesday 26/1
        assertThat(calendar.isWorkingDay(mondayBeforeTet)).isTrue();
        Button save = find(Button.class).withText("Lưu").single();
        try {
            test(view.tetTotal).setValue(7);
            test(view.tetBefore).setValue(2);
            test(save).click();
            assertThat(calendar.isWorkingDay(mondayBeforeTet)).isFalse();
            // 24-30/1 now; Saturday 29 and Sunday 30 are in it, so Monday 31/1 and Tuesday 1/2 are compensatory
            assertThat(calendar.isWorkingDay(LocalDate.of(2028, 2, 1))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2028, 2, 2))).isTrue();

            test(view.tetBefore).setValue(7);
            test(save).click();
            assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                    .contains("Số ngày nghỉ trước Mùng 1 phải nhỏ hơn tổng số ngày nghỉ Tết (Mùng 1 luôn là ngày nghỉ).");
            assertThat(calendar.isWorkingDay(mondayBeforeTet)).as("nothing changed").isFalse();
        } finally {
            test(view.tetTotal).setValue(5);
            test(view.tetBefore).setValue(1);
            test(save).click();
        }
        assertThat(calendar.isWorkingDay(mondayBeforeTet)).isTrue();
    }
}
