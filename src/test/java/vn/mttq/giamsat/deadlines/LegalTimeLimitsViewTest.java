package vn.mttq.giamsat.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.MonthDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.mttq.giamsat.SignIn;

/** The administrators' page of legal time limits: what it shows and how it refuses bad input. */
@SpringBootTest
@Import(SignIn.class)
class LegalTimeLimitsViewTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;
    @Autowired LegalTimeLimits limits;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void an_administrator_sees_the_rules_and_a_maximum_below_the_standard_is_refused() {
        signIn.as("admin");
        LegalTimeLimitsView view = navigate(LegalTimeLimitsView.class);
        int regulation124 = -1; // features add their own rules (plan tasks); find Regulation 124's by its title
        for (int i = 0; i < test(view.rules).size(); i++) {
            if (test(view.rules).getCellText(i, 0).equals("Trả lời báo cáo, phản ánh, kiến nghị của Mặt trận về biểu hiện suy thoái")) {
                regulation124 = i;
            }
        }
        assertThat(regulation124).isNotNegative();
        assertThat(test(view.rules).getCellText(regulation124, 1)).isEqualTo("20");
        assertThat(test(view.rules).getCellText(regulation124, 2)).isEqualTo("30");
        assertThat(test(view.schedules).getCellText(0, 0)).isEqualTo("Báo cáo 6 tháng");
        assertThat(test(view.schedules).getCellText(0, 1)).isEqualTo("15/12 – 14/06");
        assertThat(test(view.schedules).getCellText(0, 2)).isEqualTo("20/06");

        view.rules.getListDataView().getItems().findFirst().ifPresent(r -> new DeadlineRuleForm(r, limits, () -> { }).open());
        DeadlineRuleForm form = find(DeadlineRuleForm.class).single();
        test(form.maximum).setValue(15);
        test(form.save).click();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("Mức tối đa không được nhỏ hơn thời hạn thông thường.");
        assertThat(form.isOpened()).isTrue();
        assertThat(limits.rule(LegalTimeLimitsTest.RECOMMENDATION).orElseThrow().getMaximumWorkingDays()).isEqualTo(30);
    }

    @Test
    void a_day_that_does_not_exist_is_refused_in_the_field() {
        signIn.as("admin");
        LegalTimeLimitsView view = navigate(LegalTimeLimitsView.class);
        test(view.schedules).doubleClickRow(0);
        ReportingScheduleForm form = find(ReportingScheduleForm.class).single();
        assertThat(form.due.getValue()).isEqualTo("20/06");
        test(form.due).setValue("31/06");
        test(form.save).click();
        assertThat(form.due.isInvalid()).isTrue();
        assertThat(form.due.getErrorMessage()).isEqualTo("Ngày/tháng không hợp lệ; nhập dạng dd/MM, ví dụ 14/06.");
        assertThat(limits.schedules().getFirst().due()).isEqualTo(MonthDay.of(6, 20));
    }

    @Test
    void a_department_does_not_see_the_page_in_its_menu() {
        signIn.as("dcpl");
        navigate("", Component.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Thời hạn theo quy định");
    }

    @Test
    void an_administrator_finds_the_page_in_the_menu() {
        signIn.as("admin");
        navigate("", Component.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Thời hạn theo quy định");
    }
}
