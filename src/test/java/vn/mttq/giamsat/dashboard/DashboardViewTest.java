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

        assertThat(view.location.getText()).isEqualTo("Ủy ban MTTQ huyện Lương Sơn");
        assertThat(view.chart.getModel().categories()).contains("Ủy ban MTTQ thị trấn Lương Sơn", "Ủy ban MTTQ xã Nhuận Trạch");
        test(view.back).click();
        assertThat(view.chart.getModel().categories()).contains("Ủy ban MTTQ huyện Đà Bắc");
    }

    @Test
    void district_official_starts_at_their_own_district() {
        signIn.as("luongson");
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.location.getText()).isEqualTo("Ủy ban MTTQ huyện Lương Sơn");
        assertThat(view.chart.getModel().categories()).contains("Ủy ban MTTQ xã Cư Yên").doesNotContain("Ủy ban MTTQ huyện Đà Bắc");
        assertThat(test(view.table).size()).isEqualTo(view.chart.getModel().categories().size());
    }
}
