package vn.mttq.giamsat.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.EChart;
import vn.mttq.giamsat.deadlines.DeadlineRequest;
import vn.mttq.giamsat.deadlines.DeadlineService;
import vn.mttq.giamsat.deadlines.DeadlineStatistics;
import vn.mttq.giamsat.indicators.IndicatorService;
import vn.mttq.giamsat.periodicreports.PeriodicReportService;

/** What a leader and a district official see on the overview, and the drill-down by click. */
@SpringBootTest
@Import(SignIn.class)
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void leader_sees_every_district_and_member_organisation_and_can_drill_into_a_district() {
        signIn.as("lanhdao");
        DashboardView view = navigate(DashboardView.class);
        EChart.BarChart model = view.chart.getModel();
        assertThat(model.title()).contains("Tỉnh Hòa Bình");
        assertThat(model.categories()).contains("Lương Sơn", "Hội Nông dân")
                .doesNotContain("Ban Dân chủ - Pháp luật");
        assertThat(model.series()).extracting(EChart.Series::name).containsExactly("Cuộc giám sát",
                "Kiến nghị sau giám sát cấp ủy đã nhận", "Ý kiến, phản ánh, kiến nghị, tố cáo tiếp nhận", "Hội nghị, lớp tập huấn đã tổ chức");
        assertThat(view.back.isEnabled()).isFalse();

        int luongSon = model.categories().indexOf("Lương Sơn");
        view.drillDown(luongSon); // a row of the table drills down; a bar opens records (below)

        assertThat(view.breadcrumbs.currentLabel()).isEqualTo("Lương Sơn");
        assertThat(view.chart.getModel().categories()).contains("Thị trấn Lương Sơn", "Xã Nhuận Trạch");
        test(view.back).click();
        assertThat(view.chart.getModel().categories()).contains("Đà Bắc");
    }

    @Test
    void the_breadcrumbs_lead_back_up_from_a_district() {
        signIn.as("lanhdao");
        DashboardView view = navigate(DashboardView.class);
        int luongSon = view.chart.getModel().categories().indexOf("Lương Sơn");
        view.drillDown(luongSon);
        assertThat(view.breadcrumbs.currentLabel()).isEqualTo("Lương Sơn");
        test(find(Button.class).withText("Tỉnh Hòa Bình").single()).click();
        assertThat(view.breadcrumbs.currentLabel()).isEqualTo("Tỉnh Hòa Bình");
        assertThat(view.back.isEnabled()).isFalse();
    }

    @Test
    void district_official_starts_at_their_own_district() {
        signIn.as("luongson");
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.breadcrumbs.currentLabel()).isEqualTo("Lương Sơn");
        assertThat(view.chart.getModel().categories()).contains("Xã Cư Yên").doesNotContain("Đà Bắc");
        // the table: the district's own row first, then one row per commune
        assertThat(test(view.table).size()).isEqualTo(view.chart.getModel().categories().size() + 1);
    }

    @Autowired IndicatorService indicators;
    @Autowired PeriodicReportService reports;
    @Autowired UnitMap unitMap;

    /**
     * The dashboard and the periodic reports count alike: for the period going on now, the
     * dashboard's key figures and per-district bars equal the indicator service's subtree values,
     * which are what a district's draft report is pre-filled with.
     */
    @Test
    void the_dashboard_shows_the_same_numbers_as_the_periodic_report() {
        signIn.as("lanhdao");
        DashboardView view = navigate(DashboardView.class);
        test(view.recountButton()).click(); // what another test cached is counted again
        var period = view.period.getValue();
        assertThat(period.contains(LocalDate.now(PortalFormats.VIETNAM))).isTrue(); // what is going on now
        long luongSonId = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        var expected = indicators.subtree(luongSonId, period.from(), period.to());
        int luongSon = view.chart.getModel().categories().indexOf("Lương Sơn");
        assertThat(view.chart.getModel().series().get(0).values().get(luongSon)).isEqualTo(expected.get("supervision.activities"));
        assertThat(view.chart.getModel().series().get(3).values().get(luongSon)).isEqualTo(expected.get("sessions.held"));
        long provinceId = jdbc.queryForObject("select id from unit where code = 'HB'", Long.class);
        var total = indicators.subtree(provinceId, period.from(), period.to());
        var card = view.keyFigures.getChildren().filter(c -> "cases.received".equals(c.getElement().getAttribute("data-code"))).findFirst()
                .orElseThrow();
        assertThat(card.getElement().getChild(0).getText()).isEqualTo(PortalFormats.number(total.get("cases.received")));
        assertThat(test(view.table).getCellText(0, 3)).isEqualTo(PortalFormats.number(
                view.lines().getFirst().values().get("cases.received")));
        assertThat(view.lines().stream().mapToLong(l -> l.values().get("cases.received")).sum()).isEqualTo(total.get("cases.received"));
        assertThat(total.get("cases.received")).isPositive();
        signIn.as("luongson");
        var draft = reports.open(luongSonId, reports.period(period.kind(), period.year()));
        if (draft.getStatus().isEditable()) {
            assertThat(reports.rows(draft).stream().filter(r -> r.indicator().code().equals("supervision.activities")).findFirst().orElseThrow()
                    .computed()).isEqualTo(expected.get("supervision.activities"));
        }
    }

    @Test
    void an_uploaded_map_appears_at_the_province_and_bad_geojson_is_refused_with_its_reason() {
        signIn.as("admin");
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[105,20],[105.5,20],[105.5,20.5],[105,20.5],[105,20]]]}";
        Assertions.assertThatThrownBy(() -> unitMap.upload("{not json".getBytes()))
                .hasMessage("map.error.json");
        Assertions.assertThatThrownBy(() -> unitMap.upload(("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
                + "\"Feature\",\"properties\":{\"code\":\"HB-XX\"},\"geometry\":" + square + "}]}").getBytes()))
                .hasMessage("map.error.unknown");
        Assertions.assertThatThrownBy(() -> unitMap.upload(("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
                + "\"Feature\",\"properties\":{\"code\":\"HB-LS\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}").getBytes()))
                .hasMessage("map.error.feature");
        // issue 21, defect 10: coordinates the map cannot draw are refused, nothing stored
        for (String junk : List.of("[[[\"a\",20],[105.5,20],[105.5,20.5],[105,20]]]", "[[[105,20],[105.5,20],[105,20]]]",
                "[[[105,20],[105.5,20],[105.5,20.5],[105,20.5]]]", "[[[105,95],[105.5,20],[105.5,20.5],[105,95]]]",
                "[[[1e400,20],[105.5,20],[105.5,20.5],[1e400,20]]]", "[[[105,20,1,2],[105.5,20],[105.5,20.5],[105,20,1,2]]]",
                "[[105,20],[105.5,20]]", "[]", "[[[[105,20]]]]")) {
            Assertions.assertThatThrownBy(() -> unitMap.upload(("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
                    + "\"Feature\",\"properties\":{\"code\":\"HB-LS\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + junk
                    + "}}]}").getBytes())).as(junk).hasMessage("map.error.coordinates");
        }
        assertThat(unitMap.regions()).isEmpty();
        assertThat(navigate(DashboardView.class).mapBox.isVisible()).isFalse();
        assertThat(unitMap.upload(("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"HB-LS\","
                + "\"ten\":\"<script>\"},\"geometry\":" + square + "}]}").getBytes())).isEqualTo(1);
        String shortName = jdbc.queryForObject("select short_name from unit where code = 'HB-LS'", String.class);
        try {
            DashboardView view = navigate(DashboardView.class);
            assertThat(view.mapBox.isVisible()).isTrue();
            EChart.BarChart map = view.mapChart.getModel();
            assertThat(map.kind()).isEqualTo("map");
            assertThat(map.geoJson()).contains("\"name\":\"Lương Sơn\"").doesNotContain("<script>");
            view.drillDown(view.chart.getModel().categories().indexOf("Lương Sơn"));
            assertThat(view.mapBox.isVisible()).isFalse(); // the map is the province's
            // issue 25: one copy of the map for every dashboard (it may be megabytes), built again when a name changes
            navigate("tai-khoan/mat-khau", com.vaadin.flow.component.Component.class);
            assertThat(navigate(DashboardView.class).mapChart.getModel().geoJson()).isSameAs(map.geoJson());
            jdbc.update("update unit set short_name = 'Lương Sơn (mới)' where code = 'HB-LS'");
            assertThat(unitMap.forDisplay()).hasValueSatisfying(g -> assertThat(g).contains("\"name\":\"Lương Sơn (mới)\""));
        } finally {
            jdbc.update("update unit set short_name = ? where code = 'HB-LS'", shortName);
            unitMap.remove();
        }
    }

    @Autowired DeadlineService deadlineService;

    /** Open items in a unit's subtree, counted straight from the tables. */
    private long[] openInSubtree(String unitCode, LocalDate today) {
        return jdbc.queryForObject("""
                select count(*), coalesce(sum(d.due_date < ?), 0) from deadline_item d join unit u on u.id = d.unit_id
                where d.status = 'OPEN' and u.path like concat((select path from unit where code = ?), '%')""",
                (rs, n) -> new long[] {rs.getLong(1) - rs.getLong(2), rs.getLong(2)}, today, unitCode);
    }

    @Test
    void leader_sees_open_and_overdue_deadlines_per_district_including_its_communes() {
        long nhuanTrach = jdbc.queryForObject("select id from unit where name = 'Ủy ban MTTQ xã Nhuận Trạch'", Long.class);
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        signIn.as("dcpl");
        // a commune's overdue item counts for its district
        deadlineService.register(new DeadlineRequest("test-recommendation",
                UUID.randomUUID().toString(), "Kiến nghị quá hạn ở xã", null, nhuanTrach, null, today.minusDays(60), 20));
        signIn.as("lanhdao");
        DashboardView view = navigate(DashboardView.class);
        EChart.BarChart model = view.deadlinesChart.getModel();
        assertThat(model.title()).isEqualTo("Hạn xử lý đang theo dõi - Tỉnh Hòa Bình");
        assertThat(model.series()).extracting(EChart.Series::name).containsExactly("Trong hạn", "Quá hạn");
        int luongSon = model.categories().indexOf("Lương Sơn");
        long[] expected = openInSubtree("HB-LS", today);
        assertThat(expected[1]).isPositive();
        assertThat(model.series().get(0).values().get(luongSon)).isEqualTo(expected[0]);
        assertThat(model.series().get(1).values().get(luongSon)).isEqualTo(expected[1]);
        int daBac = model.categories().indexOf("Đà Bắc");
        assertThat(model.series().get(1).values().get(daBac)).isEqualTo(openInSubtree("HB-DB", today)[1]);
    }

    @Test
    void dashboard_statistics_refuse_units_outside_the_callers_scope() {
        long daBac = jdbc.queryForObject("select id from unit where name = 'Ủy ban MTTQ huyện Đà Bắc'", Long.class);
        signIn.as("luongson");
        Assertions.assertThatThrownBy(() -> statistics.openBySubtree(List.of(daBac),
                LocalDate.now())).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired DeadlineStatistics statistics;

    /** Issue 22: a rate of nothing received is "no data", and the change names the span it compares. */
    @Test
    void a_unit_that_received_nothing_has_no_rate_and_changes_name_their_span() {
        signIn.as("lanhdao");
        DashboardView view = navigate(DashboardView.class);
        var table = test(view.table);
        int rateColumn = view.table.getColumns().size() - 2; // the recommendations' rate, then the cases'

        for (int i = 0; i < table.size(); i++) {
            boolean received = Analytics.hasRecommendations(table.getRow(i).values());
            assertThat(table.getCellText(i, rateColumn)).as(table.getRow(i).name()).matches(received ? "\\d+%" : "—");
        }
        assertThat(view.ratesChart.getModel().categories()).as("ranked units received something")
                .allSatisfy(name -> assertThat(name).isNotBlank());
        assertThat(find(Span.class).withClassName("figure-change").all())
                .allSatisfy(change -> assertThat(change.getText()).contains("cùng kỳ, đến"));
    }

    /** Issue 22: a key figure opens the records it counts, for the unit and period shown. */
    @Test
    void a_key_figure_opens_the_list_of_its_records_with_the_period_and_unit_set() {
        signIn.as("lanhdao");
        DashboardView view = navigate(DashboardView.class);
        int luongSon = view.chart.getModel().categories().indexOf("Lương Sơn");
        view.drillDown(luongSon);
        var period = view.period.getValue();
        var card = find(Div.class).withClassName("key-figure-link").all().stream()
                .filter(d -> "cases.received".equals(d.getElement().getAttribute("data-code"))).findFirst().orElseThrow();
        test(card).click();
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("phan-anh");
        assertThat(location.getQueryParameters().getSingleParameter("tu")).contains(period.from().toString());
        assertThat(location.getQueryParameters().getSingleParameter("don-vi"))
                .contains(String.valueOf(jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class)));
    }

    /** Issue 22: a bar of the main chart or of the rates chart opens the records it counts, for that unit and period. */
    @Test
    void a_bar_opens_the_records_it_counts() {
        signIn.as("lanhdao");
        DashboardView view = navigate(DashboardView.class);
        long luongSonId = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        int luongSon = view.chart.getModel().categories().indexOf("Lương Sơn");
        var period = view.period.getValue();
        ComponentUtil.fireEvent(view.chart, new EChart.ClickEvent(view.chart, true, "Lương Sơn",
                "Kiến nghị sau giám sát cấp ủy đã nhận", luongSon));
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("kien-nghi");
        assertThat(location.getQueryParameters().getSingleParameter("tu")).contains(period.from().toString());
        assertThat(location.getQueryParameters().getSingleParameter("don-vi")).contains(String.valueOf(luongSonId));

        view = navigate(DashboardView.class);
        ComponentUtil.fireEvent(view.chart, new EChart.ClickEvent(view.chart, true, "Lương Sơn",
                "Hội nghị, lớp tập huấn đã tổ chức", view.chart.getModel().categories().indexOf("Lương Sơn")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("tap-huan");

        view = navigate(DashboardView.class);
        int ranked = view.ratesChart.getModel().categories().indexOf("Lương Sơn");
        assertThat(ranked).as("Lương Sơn is ranked in the demo").isNotNegative();
        ComponentUtil.fireEvent(view.ratesChart, new EChart.ClickEvent(view.ratesChart, true, "Lương Sơn",
                view.ratesChart.getModel().series().get(1).name(), ranked));
        location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("phan-anh");
        assertThat(location.getQueryParameters().getSingleParameter("don-vi")).contains(String.valueOf(luongSonId));
    }
}
