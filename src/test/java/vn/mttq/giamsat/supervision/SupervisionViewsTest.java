package vn.mttq.giamsat.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.ListLinks;

/** The supervision pages as the Front's staff and a member organisation see them, on the demo province. */
@SpringBootTest
@Import(SignIn.class)
class SupervisionViewsTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long demo(String titleStart) {
        return jdbc.queryForObject("select min(id) from supervision_activity where title like ?", Long.class, titleStart + "%");
    }

    private List<String> column(Grid<?> grid, int column) {
        var g = test(grid);
        return IntStream.range(0, g.size()).mapToObj(i -> g.getCellText(i, column)).toList();
    }

    @Test
    void the_list_filters_by_state_and_words_and_counts_what_it_shows() {
        signIn.as("lanhdao");
        ActivitiesView list = navigate(ActivitiesView.class);
        assertThat(column(list.grid, 0)).contains("Giám sát việc kê khai tài sản, thu nhập của cán bộ chủ chốt xã Cư Yên, huyện Lương Sơn",
                "Giám sát việc tiếp công dân của UBND huyện Lương Sơn");
        test(list.status).selectItem("Đã hủy");
        assertThat(column(list.grid, 0)).contains("Giám sát việc quản lý đất công ích tại xã Nhuận Trạch")
                .doesNotContain("Giám sát việc tiếp công dân của UBND huyện Lương Sơn");
        test(list.status).selectItem("Tất cả");
        test(list.search).setValue("ke khai tai san");
        assertThat(column(list.grid, 0)).allMatch(t -> t.contains("kê khai tài sản"));
        assertThat(list.count.getText()).matches("\\d+ hoạt động");
        assertThat(list.add.isVisible()).isTrue();
    }

    @Test
    void a_district_sees_its_own_subtree_only() {
        signIn.as("luongson");
        ActivitiesView list = navigate(ActivitiesView.class);
        assertThat(column(list.grid, 1)).isNotEmpty().allMatch(u -> u.contains("Lương Sơn") || u.startsWith("Xã ")
                || u.startsWith("Thị trấn ")); // short names (admin/don-vi)
        RecommendationsView recs = navigate(RecommendationsView.class);
        assertThat(column(recs.grid, 1)).contains("Đề nghị chấn chỉnh việc tiếp công dân của UBND huyện Lương Sơn, công khai lịch tiếp dân")
                .noneMatch(t -> t.contains("thị trấn Bo") || t.contains("kê khai tài sản"));
    }

    /** Issue 22: a dashboard bar's link narrows kien-nghi to a unit's subtree and the days received; the chip takes it away. */
    @Test
    void a_link_narrows_the_recommendations_to_a_unit_and_the_days_received() {
        signIn.as("dcpl");
        long luongSon = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        UI.getCurrent().navigate("kien-nghi", ListLinks.of(
                LocalDate.of(2000, 1, 1), LocalDate.now(PortalFormats.VIETNAM), luongSon));
        RecommendationsView recs = find(RecommendationsView.class).single();
        assertThat(recs.view.getValue()).isEqualTo(RecommendationService.View.ALL);
        assertThat(recs.narrowingChip.isVisible()).isTrue();
        assertThat(recs.narrowingChip.getText()).startsWith("Lương Sơn · nhận từ 01/01/2000 đến ");
        List<String> units = column(recs.grid, 2);
        assertThat(units).isNotEmpty().allMatch(u -> u.contains("Lương Sơn") || u.startsWith("Xã ") || u.startsWith("Thị trấn "));
        long narrowed = test(recs.grid).size();
        assertThat(recs.count.getText()).isEqualTo(narrowed + " kiến nghị");
        test(recs.narrowingChip).click();
        assertThat(recs.narrowingChip.isVisible()).isFalse();
        assertThat(test(recs.grid).size()).isGreaterThan((int) narrowed);
    }

    @Test
    void the_overdue_view_lists_unanswered_recommendations_past_their_due_date_in_working_days() {
        signIn.as("dcpl");
        RecommendationsView recs = navigate(RecommendationsView.class);
        test(recs.view).selectItem("Quá hạn trả lời");
        assertThat(column(recs.grid, 1)).contains("Đề nghị chỉ đạo xác minh việc kê khai tài sản, thu nhập của Chủ tịch UBND xã Cư Yên",
                "Đề nghị chỉ đạo chi trả dứt điểm tiền bồi thường giải phóng mặt bằng tại thị trấn Bo")
                .doesNotContain("Đề nghị chỉ đạo công khai việc thu, chi quỹ phòng chống thiên tai xã Quy Hậu");
        assertThat(column(recs.grid, 4)).allMatch(t -> t.contains("Quá hạn") && t.contains("ngày làm việc"));
        assertThat(recs.count.getText()).isEqualTo(test(recs.grid).size() + " kiến nghị"); // the list says how many (issue 22)
        test(recs.view).selectItem("Đang chờ trả lời");
        assertThat(column(recs.grid, 4)).contains("Chưa có hạn: chưa ghi ngày cấp ủy nhận");
        assertThat(test(recs.rates).size()).isPositive();
    }

    @Test
    void the_front_sees_every_tab_and_a_member_organisation_only_its_delegation_duties() {
        long assets = demo("Giám sát việc kê khai tài sản");
        signIn.as("dcpl");
        navigate("giam-sat/" + assets, ActivityView.class);
        assertThat(find(Tab.class).all()).extracting(Tab::getLabel).containsExactly("Thông tin", "Đối tượng", "Đoàn giám sát",
                "Buổi làm việc", "Phát hiện", "Kiến nghị", "Tệp đính kèm", "Lịch sử");
        assertThat(find(Button.class).withText("Bắt đầu giám sát").all()).isEmpty();

        long seeds = demo("Giám sát việc hỗ trợ giống cây trồng");
        signIn.as("hoinongdan");
        ActivitiesView list = navigate(ActivitiesView.class);
        assertThat(column(list.grid, 0)).contains("Giám sát việc hỗ trợ giống cây trồng cho hội viên nông dân")
                .doesNotContain("Giám sát qua Ban Thanh tra nhân dân việc thực hiện dân chủ ở cơ sở");
        assertThat(list.add.isVisible()).isFalse();
        assertThat(column(list.grid, 5)).contains("Đinh Thị Lụa (Thành viên)");
        ActivityView page = navigate("giam-sat/" + seeds, ActivityView.class);
        assertThat(find(Tab.class).all()).extracting(Tab::getLabel).containsExactly("Thông tin", "Đối tượng", "Đoàn giám sát", "Buổi làm việc");
        // read-only fields keep no prompt meant for someone who can choose (issue 22)
        assertThat(page.points.isReadOnly()).isTrue();
        assertThat(page.points.getHelperText()).isNull();
        assertThat(find(Button.class).withText("Kết luận giám sát").all()).isEmpty();
        long board = demo("Giám sát qua Ban Thanh tra nhân dân");
        assertThatThrownBy(() -> navigate("giam-sat/" + board, ActivityView.class)).isInstanceOf(Exception.class);
    }

    @Test
    void the_activity_page_lists_the_peoples_cases_linked_to_it() {
        long activity = linkedDemoActivity();
        signIn.as("luongson");
        navigate("giam-sat/" + activity, ActivityView.class);
        assertThat(find(Tab.class).all().stream().map(t -> t.getLabel()).toList())
                .contains("Phản ánh liên quan (1)");
    }

    @Test
    void a_tab_of_the_activity_page_is_built_when_it_is_first_opened_and_kept_after() {
        long activity = linkedDemoActivity();
        signIn.as("luongson");
        ActivityView view = navigate("giam-sat/" + activity, ActivityView.class);
        assertThat(find(RecommendationsTab.class).all()).as("not opened yet").isEmpty();
        assertThat(find(Grid.class).withId("activity-linked").all()).isEmpty();
        int recommendations = labels(view).indexOf("Kiến nghị");
        view.tabs.setSelectedIndex(recommendations);
        assertThat(find(RecommendationsTab.class).all()).hasSize(1);
        view.tabs.setSelectedIndex(labels(view).indexOf("Phản ánh liên quan (1)"));
        assertThat(column(find(Grid.class).id("activity-linked"), 2)).hasSize(1);
        view.tabs.setSelectedIndex(recommendations);
        assertThat(find(RecommendationsTab.class).all()).as("built once, shown again").hasSize(1);
    }

    /** Issue 22: a home item's link opens the tab it names; the province's leader may urge an awaited answer of a district's activity. */
    @Test
    void a_link_opens_the_tab_it_names_and_the_leader_may_urge_a_districts_awaited_answer() {
        long activity = linkedDemoActivity();
        signIn.as("lanhdao");
        UI.getCurrent().navigate("giam-sat/" + activity,
                QueryParameters.of("tab", "recommendations")); // what a home item's link says
        ActivityView view = find(ActivityView.class).single();
        assertThat(view.tabs.getSelectedTab().getLabel()).isEqualTo("Kiến nghị");
        assertThat(find(RecommendationsTab.class).all()).hasSize(1);
        long awaited = jdbc.query("select r.id from recommendation r join supervision_activity a on a.id = r.activity_id "
                + "join unit u on u.id = a.unit_id where r.status = 'AWAITING_ANSWER' and u.code = 'HB-LS' limit 1",
                (rs, n) -> rs.getLong(1)).stream().findFirst().orElseThrow(); // the demo: Lương Sơn awaits answers
        {
            long of = jdbc.queryForObject("select activity_id from recommendation where id = ?", Long.class, awaited);
            UI.getCurrent().navigate("giam-sat/" + of, QueryParameters.of("tab", "recommendations"));
            ActivityView page = find(ActivityView.class).single();
            var tab = find(RecommendationsTab.class).single();
            int row = IntStream.range(0, test(tab.grid).size()).filter(i -> test(tab.grid).getRow(i).getId() == awaited)
                    .findFirst().orElseThrow();
            test(tab.grid).clickRow(row);
            assertThat(find(Button.class).withText("Đôn đốc").all()).hasSize(1);
            assertThat(page).isNotNull();
        }
    }

    /** The demo activity that a people's case led to. */
    private long linkedDemoActivity() {
        return jdbc.queryForObject("select supervision_activity_id from feedback_case where subject_name = 'Lê Văn Tâm'"
                + " and created_by = 'demo' and supervision_activity_id is not null", Long.class);
    }

    private static List<String> labels(ActivityView view) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < view.tabs.getTabCount(); i++) {
            labels.add(view.tabs.getTabAt(i).getLabel());
        }
        return labels;
    }
}
