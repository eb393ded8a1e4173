package vn.mttq.giamsat.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.audit.AuditEntry;
import vn.mttq.giamsat.base.text.PortalFormats;

/** The plan list and a plan's page as the issuer and a recipient see them. */
@SpringBootTest
@Import(SignIn.class)
class PlanViewsTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlanService plans;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long demoPlan() {
        return jdbc.queryForObject("select min(id) from plan where number_symbol = '01/KH-MTTQ-BTT'", Long.class);
    }

    @Test
    void a_district_finds_the_provincial_plan_and_confirms_receipt_from_its_page() {
        signIn.as("luongson");
        PlansView list = navigate(PlansView.class);
        assertThat(test(list.grid).size()).isPositive();
        assertThat(test(list.grid).getCellText(0, 0)).isEqualTo("01/KH-MTTQ-BTT");
        assertThat(list.add.isVisible()).isTrue(); // a district drafts its own plans
        test(list.search).setValue("khong co ke hoach nao nhu the nay");
        assertThat(test(list.grid).size()).isZero();

        navigate("ke-hoach/" + demoPlan(), PlanView.class);
        PlanView page = find(PlanView.class).single();
        assertThat(page.title.getText()).startsWith("Kế hoạch triển khai giám sát");
        assertThat(page.contents.isReadOnly()).isTrue();
        Button confirm = find(Button.class).withText("Xác nhận đã nhận").single();
        test(confirm).click();
        assertThat(find(Button.class).withText("Xác nhận đã nhận").all()).isEmpty();
        assertThat(jdbc.queryForObject("""
                select confirmed_by from plan_recipient r join unit u on u.id = r.unit_id
                where r.plan_id = ? and u.code = 'HB-LS'""", String.class, demoPlan())).isEqualTo("luongson");
    }

    @Test
    void the_issuer_drafts_chooses_recipients_and_publishes_after_confirming() {
        signIn.as("dcpl");
        Plan draft = plans.createDraft(jdbc.queryForObject("select id from unit where code = 'HB'", Long.class),
                "Kế hoạch thử qua giao diện " + System.nanoTime());
        navigate("ke-hoach/" + draft.getId(), PlanView.class);
        PlanView page = find(PlanView.class).single();
        assertThat(page.contents.isReadOnly()).isFalse();
        assertThat(find(Button.class).withText("Ban hành bản sửa đổi").all()).isEmpty();
        test(page.contents).setValue("1. Tuyên truyền.\n2. Giám sát.");
        String basis = page.catalogueBases.getListDataView().getItems().findFirst().orElseThrow();
        test(page.catalogueBases).selectItem(basis); // a basis from the catalogue joins the free text
        assertThat(page.legalBases.getValue()).contains(basis);
        page.recipientChoice.setValue(Set.of(jdbc.queryForObject("select id from unit where code = 'HB-MC'", Long.class)));
        find(TabSheet.class).single().setSelectedIndex(2); // "Nơi nhận"
        test(find(Button.class).withText("Lưu nơi nhận").single()).click();
        test(find(Button.class).withText("Ban hành").single()).click();
        // a confirmation dialog comes first; nothing is published until it is accepted
        assertThat(plans.get(draft.getId()).getStatus()).isEqualTo(PlanStatus.DRAFT);
        var dialog = find(ConfirmDialog.class).single();
        test(dialog).confirm();
        Plan published = plans.get(draft.getId());
        assertThat(published.getStatus()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(published.getContents()).isEqualTo("1. Tuyên truyền.\n2. Giám sát.");
        assertThat(plans.receipts(draft.getId())).extracting(PlanService.Receipt::unitName)
                .isEqualTo(List.of("Ủy ban MTTQ huyện Mai Châu"));

        // issued, it reads as a document; amending is a deliberate step that ends in a revision or is dropped (issue 22)
        page = find(PlanView.class).single();
        assertThat(page.contents.isReadOnly()).isTrue();
        assertThat(page.planTitle.isVisible()).as("the title stands whole in the heading").isFalse();
        assertThat(find(Button.class).withText("Ban hành bản sửa đổi").all()).isEmpty();
        test(find(Button.class).withText("Sửa đổi kế hoạch").single()).click();
        page = find(PlanView.class).single();
        assertThat(page.contents.isReadOnly()).isFalse();
        test(page.contents).setValue("1. Tuyên truyền.\n2. Giám sát.\n3. Sơ kết.");
        test(find(Button.class).withText("Thôi sửa đổi").single()).click();
        page = find(PlanView.class).single();
        assertThat(page.contents.isReadOnly()).isTrue();
        assertThat(page.contents.getValue()).as("a dropped amendment changes nothing").isEqualTo("1. Tuyên truyền.\n2. Giám sát.");
        assertThat(plans.get(draft.getId()).getVersionNo()).isEqualTo(published.getVersionNo());
    }

    @Test
    void a_member_organisation_reads_a_plan_sent_to_it_but_cannot_draft() {
        signIn.as("hoinongdan");
        PlansView list = navigate(PlansView.class);
        assertThat(list.add.isVisible()).isFalse();
        navigate("ke-hoach/" + demoPlan(), PlanView.class);
        assertThat(find(Button.class).withText("Ban hành").all()).isEmpty();
        assertThat(find(Button.class).withText("Xác nhận đã nhận").all()).hasSize(1);
    }

    @Test
    void the_list_filters_by_issuer_and_the_plan_page_tells_its_history() {
        signIn.as("dcpl");
        PlansView list = navigate(PlansView.class);
        long kimBoi = jdbc.queryForObject("select id from unit where code = 'HB-KB'", Long.class);
        list.issuer.setValue(kimBoi);
        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(test(list.grid).getRow(0).getTitle()).startsWith("Kế hoạch triển khai: ");
        assertThat(list.count.getText()).isEqualTo("1 kế hoạch");

        Plan draft = plans.createDraft(jdbc.queryForObject("select id from unit where code = 'HB'", Long.class), "Kế hoạch có lịch sử");
        draft.setContents("1. Nội dung.");
        plans.saveDraft(draft);
        plans.setRecipients(draft.getId(), List.of(kimBoi));
        plans.publish(draft.getId(), LocalDate.now(PortalFormats.VIETNAM));
        navigate("ke-hoach/" + draft.getId(), PlanView.class);
        find(TabSheet.class).single().setSelectedIndex(5); // "Lịch sử"
        @SuppressWarnings("unchecked")
        var history = (Grid<AuditEntry>) find(Grid.class)
                .withClassName("plan-history").single();
        List<String> what = new ArrayList<>();
        for (int i = 0; i < test(history).size(); i++) {
            what.add(test(history).getCellText(i, 2));
        }
        assertThat(what).containsSubsequence("Tạo dự thảo", "Lưu dự thảo", "Chọn nơi nhận", "Cấp số văn bản", "Ban hành");
        // people by full name, not by their sign-in names (issue 22)
        assertThat(test(history).getCellText(0, 1)).isEqualTo("Đỗ Khắc Huấn");
    }
}
