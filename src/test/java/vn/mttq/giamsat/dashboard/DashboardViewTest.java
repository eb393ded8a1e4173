package vn.mttq.giamsat.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.EChart;

/** What a leader and a district official see on the overview, and the drill-down by click. */
@SpringBootTest
@Import(SignIn.class)
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void leader_sees_every_district_and_member_organisation_and_can_drill_into_a_district() {
        signIn.as("lanhdao");
        DashboardView view = navigate(DashboardView.class);
        EChart.BarChart model = view.chart.getModel();
        assertThat(model.title()).contains("Ủy ban MTTQ Việt Nam tỉnh Hòa Bình");
        assertThat(model.categories()).contains("Ủy ban MTTQ huyện Lương Sơn", "Hội Nông dân tỉnh")
                .doesNotContain("Ban Dân chủ - Pháp luật");
        assertThat(model.series()).extracting(EChart.Series::name).containsExactly("Đơn vị trực thuộc", "Tài khoản");
        assertThat(view.back.isEnabled()).isFalse();

        int luongSon = model.categories().indexOf("Ủy ban MTTQ huyện Lương Sơn");
        ComponentUtil.fireEvent(view.chart, new EChart.ClickEvent(view.chart, true, "Ủy ban MTTQ huyện Lương Sơn", luongSon));

        assertThat(view.breadcrumbs.currentLabel()).isEqualTo("Ủy ban MTTQ huyện Lương Sơn");
        assertThat(view.chart.getModel().categories()).contains("Ủy ban MTTQ thị trấn Lương Sơn", "Ủy ban MTTQ xã Nhuận Trạch");
        test(view.back).click();
        assertThat(view.chart.getModel().categories()).contains("Ủy ban MTTQ huyện Đà Bắc");
    }

    @Test
    void the_breadcrumbs_lead_back_up_from_a_district() {
        signIn.as("lanhdao");
        DashboardView view = navigate(DashboardView.class);
        int luongSon = view.chart.getModel().categories().indexOf("Ủy ban MTTQ huyện Lương Sơn");
        view.drillDown(luongSon);
        assertThat(view.breadcrumbs.currentLabel()).isEqualTo("Ủy ban MTTQ huyện Lương Sơn");
        test(find(com.vaadin.flow.component.button.Button.class).withText("Ủy ban MTTQ Việt Nam tỉnh Hòa Bình").single()).click();
        assertThat(view.breadcrumbs.currentLabel()).isEqualTo("Ủy ban MTTQ Việt Nam tỉnh Hòa Bình");
        assertThat(view.back.isEnabled()).isFalse();
    }

    @Test
    void district_official_starts_at_their_own_district() {
        signIn.as("luongson");
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.breadcrumbs.currentLabel()).isEqualTo("Ủy ban MTTQ huyện Lương Sơn");
        assertThat(view.chart.getModel().categories()).contains("Ủy ban MTTQ xã Cư Yên").doesNotContain("Ủy ban MTTQ huyện Đà Bắc");
        assertThat(test(view.table).size()).isEqualTo(view.chart.getModel().categories().size());
    }

    @Autowired vn.mttq.giamsat.deadlines.DeadlineService deadlineService;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Open items in a unit's subtree, counted straight from the tables. */
    private long[] openInSubtree(String unitCode, java.time.LocalDate today) {
        return jdbc.queryForObject("""
                select count(*), coalesce(sum(d.due_date < ?), 0) from deadline_item d join unit u on u.id = d.unit_id
                where d.status = 'OPEN' and u.path like concat((select path from unit where code = ?), '%')""",
                (rs, n) -> new long[] {rs.getLong(1) - rs.getLong(2), rs.getLong(2)}, today, unitCode);
    }

    @Test
    void leader_sees_open_and_overdue_deadlines_per_district_including_its_communes() {
        long nhuanTrach = jdbc.queryForObject("select id from unit where name = 'Ủy ban MTTQ xã Nhuận Trạch'", Long.class);
        java.time.LocalDate today = java.time.LocalDate.now(vn.mttq.giamsat.base.PortalFormats.VIETNAM);
        signIn.as("dcpl");
        // a commune's overdue item counts for its district
        deadlineService.register(new vn.mttq.giamsat.deadlines.DeadlineRequest("test-recommendation",
                java.util.UUID.randomUUID().toString(), "Kiến nghị quá hạn ở xã", null, nhuanTrach, null, today.minusDays(60), 20));
        signIn.as("lanhdao");
        DashboardView view = navigate(DashboardView.class);
        EChart.BarChart model = view.deadlinesChart.getModel();
        assertThat(model.title()).isEqualTo("Hạn xử lý đang theo dõi - Ủy ban MTTQ Việt Nam tỉnh Hòa Bình");
        assertThat(model.series()).extracting(EChart.Series::name).containsExactly("Trong hạn", "Quá hạn");
        int luongSon = model.categories().indexOf("Ủy ban MTTQ huyện Lương Sơn");
        long[] expected = openInSubtree("HB-LS", today);
        assertThat(expected[1]).isPositive();
        assertThat(model.series().get(0).values().get(luongSon)).isEqualTo(expected[0]);
        assertThat(model.series().get(1).values().get(luongSon)).isEqualTo(expected[1]);
        int daBac = model.categories().indexOf("Ủy ban MTTQ huyện Đà Bắc");
        assertThat(model.series().get(1).values().get(daBac)).isEqualTo(openInSubtree("HB-DB", today)[1]);
    }

    @Test
    void dashboard_statistics_refuse_units_outside_the_callers_scope() {
        long daBac = jdbc.queryForObject("select id from unit where name = 'Ủy ban MTTQ huyện Đà Bắc'", Long.class);
        signIn.as("luongson");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> statistics.openBySubtree(java.util.List.of(daBac),
                java.time.LocalDate.now())).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Autowired vn.mttq.giamsat.deadlines.DeadlineStatistics statistics;
}
