package vn.mttq.giamsat.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.deadlines.LegalTimeLimits;
import vn.mttq.giamsat.deadlines.ReportingPeriod;

/** The outreach pages on the demo province: planning and recording a session, the lists, and the figures by district. */
@SpringBootTest
@Import(SignIn.class)
class OutreachViewsTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired OutreachFigures figures;
    @Autowired LegalTimeLimits limits;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private List<String> column(Grid<?> grid, int column) {
        var g = test(grid);
        return IntStream.range(0, g.size()).mapToObj(i -> g.getCellText(i, column)).toList();
    }

    @Test
    void a_district_plans_a_conference_records_its_attendance_and_sees_it_held() {
        signIn.as("luongson");
        SessionsView list = navigate(SessionsView.class);
        assertThat(list.count.getText()).matches("\\d+ buổi");
        test(list.add).click();
        String title = "Hội nghị quán triệt tại huyện " + UUID.randomUUID().toString().substring(0, 8);
        test(find(TextField.class).withId("training-title").single()).setValue(title);
        var start = find(PortalDatePicker.class).withId("training-starts").single();
        var end = find(PortalDatePicker.class).withId("training-ends").single();
        assertThat(start.getValue()).as("today unless another day is chosen").isEqualTo(LocalDate.now(PortalFormats.VIETNAM));
        start.setValue(LocalDate.now(PortalFormats.VIETNAM).plusDays(7));
        assertThat(end.getValue()).as("the end follows the start").isEqualTo(start.getValue());
        assertThat(end.getMin()).isEqualTo(start.getValue());
        test(find(Button.class).withId("training-create").single()).click();
        SessionView page = find(SessionView.class).single();
        assertThat(page.title.getText()).isEqualTo(title);
        assertThat(find(Button.class).withText("Ghi kết quả").all()).as("not before its day").isEmpty();

        jdbc.update("update training_session set starts_on = ?, ends_on = ? where title = ?", LocalDate.now(PortalFormats.VIETNAM),
                LocalDate.now(PortalFormats.VIETNAM), title);
        long id = jdbc.queryForObject("select id from training_session where title = ?", Long.class, title);
        navigate("tap-huan/" + id, SessionView.class);
        test(find(Button.class).withText("Ghi kết quả").single()).click();
        test(find(IntegerField.class).withId("attendance-FRONT_CADRES").single()).setValue(35);
        IntegerField women = find(IntegerField.class).withCaption("Trong đó nữ").single();
        test(women).setValue(500);
        test(find(Button.class).withId("step-confirm").single()).click();
        assertThat(jdbc.queryForObject("select status from training_session where id = ?", String.class, id))
                .as("more women than attendees: refused, nothing changed").isEqualTo("PLANNED");
        women.clear();
        test(find(IntegerField.class).withId("attendance-PEOPLE").single()).setValue(65);
        test(find(Button.class).withId("step-confirm").single()).click();
        assertThat(jdbc.queryForObject("select status from training_session where id = ?", String.class, id)).isEqualTo("HELD");
        find(SessionView.class).single().tabs.setSelectedIndex(1); // Kết quả
        assertThat(column(find(Grid.class).withId("training-attendance").single(), 1)).contains("35", "65");
    }

    @Test
    void a_member_organisation_sees_the_session_it_co_organises() {
        signIn.as("hoinongdan");
        SessionsView list = navigate(SessionsView.class);
        assertThat(column(list.grid, 0)).contains("Tập huấn nghiệp vụ giám sát cho cán bộ Mặt trận cấp huyện",
                "Tập huấn hội viên nông dân về góp ý cán bộ, đảng viên nơi cư trú");
        assertThat(list.add.isVisible()).isTrue();
    }

    @Test
    void the_figures_page_shows_each_district_with_the_numbers_of_the_figures_service() {
        signIn.as("dcpl");
        FiguresView view = navigate(FiguresView.class);
        ReportingPeriod p = view.period.getValue();
        long luongSon = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        long expected = figures.byBranch(jdbc.queryForObject("select id from unit where code = 'HB'", Long.class), p.from(), p.to())
                .get(luongSon).attendees();
        List<String> units = column(view.table, 0);
        int row = units.indexOf("Lương Sơn");
        assertThat(row).isPositive();
        assertThat(test(view.table).getCellText(row, 6)).isEqualTo(PortalFormats.number(expected));
        assertThat(units.getFirst()).isEqualTo("Tỉnh Hòa Bình (tự tổ chức)");
        LocalDate dialogue = LocalDate.now(PortalFormats.VIETNAM).minusDays(75); // the demo's dialogue in Cư Yên: 180 people
        view.from.setValue(dialogue);
        view.to.setValue(dialogue);
        assertThat(test(view.table).getCellText(column(view.table, 0).indexOf("Lương Sơn"), 6)).isEqualTo("180");
        test(view.table).clickRow(column(view.table, 0).indexOf("Lương Sơn"));
        assertThat(column(view.table, 0)).contains("Xã Cư Yên");
    }

    @Test
    void the_province_wide_list_holds_recognised_practices_and_propaganda_lists_the_scope() {
        signIn.as("luongson");
        PracticesView practices = navigate(PracticesView.class);
        assertThat(column(practices.grid, 0)).contains("Tổ góp ý cán bộ, đảng viên ở khu dân cư", "Đối thoại định kỳ tại nhà văn hóa xóm")
                .doesNotContain("Hòm thư góp ý đặt tại nhà văn hóa");
        PropagandaView propaganda = navigate(PropagandaView.class);
        assertThat(column(propaganda.grid, 0)).contains("Phát thanh nội dung 19 điều đảng viên không được làm trên loa xã")
                .doesNotContain("Tờ rơi hướng dẫn cách góp ý cán bộ, đảng viên");
    }
}
