package vn.mttq.giamsat.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
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
import vn.mttq.giamsat.base.ui.ListLinks;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/** The case pages and the public lookup, on the demo province. */
@SpringBootTest
@Import(SignIn.class)
class CaseViewsTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private List<String> column(Grid<?> grid, int column) {
        var g = test(grid);
        return IntStream.range(0, g.size()).mapToObj(i -> g.getCellText(i, column)).toList();
    }

    private String texts() {
        return String.join(" | ", find(Paragraph.class).all().stream().map(p -> p.getElement().getTextRecursively()).toList());
    }

    @Test
    void staff_record_an_anonymous_case_and_find_it_by_its_code_without_accents() {
        signIn.as("luongson");
        NewCaseView form = navigate(NewCaseView.class);
        test(form.subjectName).setValue("Hà Thị Liên " + System.nanoTime());
        test(form.subjectUnit).setValue("UBND xã Liên Sơn");
        test(form.content).setValue("Thu tiền không có biên lai khi làm thủ tục chứng thực.");
        test(form.save).click();
        CaseView page = find(CaseView.class).single();
        assertThat(page.title.getText()).startsWith("Phản ánh ");
        String code = page.title.getText().substring("Phản ánh ".length());
        assertThat(texts()).contains("Người phản ánh: Ẩn danh", "Thu tiền không có biên lai");

        // the same person again: the warning links to the suspected case (issue 22)
        long firstId = jdbc.queryForObject("select id from feedback_case where receipt_code = ?", Long.class, code);
        String name = jdbc.queryForObject("select subject_name from feedback_case where id = ?", String.class, firstId);
        NewCaseView again = navigate(NewCaseView.class);
        test(again.subjectName).setValue(name);
        test(again.subjectUnit).setValue("UBND xã Liên Sơn");
        test(again.content).setValue("Lại thu tiền không có biên lai.");
        test(again.save).click();
        var warning = find(ConfirmDialog.class).single();
        assertThat(find(Anchor.class).withClassName("duplicate-link").all())
                .extracting(Anchor::getHref).contains("phan-anh/" + firstId);
        warning.close();

        CasesView list = navigate(CasesView.class);
        test(list.search).setValue(code.toLowerCase());
        assertThat(column(list.grid, 0)).containsExactly(code);
        assertThat(list.count.getText()).isEqualTo("1 vụ việc"); // every list says how many it found (issue 22)
        test(list.search).setValue("thu tien khong co bien lai");
        assertThat(column(list.grid, 0)).contains(code);
        assertThat(list.count.getText()).isEqualTo(test(list.grid).size() + " vụ việc");
    }

    @Autowired RecipientDirectory directory;

    /** Issue 22: a link from a dashboard figure opens the list with its period and unit set; a unit outside the choices is ignored. */
    @Test
    void a_link_sets_the_lists_period_and_unit() {
        long luongSon = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        signIn.as("lanhdao");
        UI.getCurrent().navigate("phan-anh", ListLinks.of(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), luongSon));
        CasesView list = find(CasesView.class).single();
        assertThat(list.from.getValue()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(list.to.getValue()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(list.unit.getValue()).isEqualTo(luongSon);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("phan-anh", ListLinks.of(null, null, 999_999L));
        assertThat(find(CasesView.class).single().unit.getValue()).isNull();
    }

    /** Issue 22: a case routed to a district tells the province's recorder who follows it; the handler choice names unit and role. */
    @Test
    void a_case_followed_elsewhere_says_by_whom_and_the_handler_choice_lists_front_officers_with_unit_and_role() {
        long luongSon = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        long province = jdbc.queryForObject("select id from unit where code = 'HB'", Long.class);
        long id = jdbc.queryForObject("select min(id) from feedback_case where following_unit_id = ?", Long.class, luongSon);
        signIn.as("dcpl");
        navigate("phan-anh/" + id, CaseView.class);
        assertThat(find(Paragraph.class).withClassName("case-followed-elsewhere").single().getText())
                .startsWith("Vụ việc đang do Ủy ban MTTQ huyện Lương Sơn theo dõi");
        signIn.as("luongson");
        navigate("phan-anh/" + id, CaseView.class);
        assertThat(find(Paragraph.class).withClassName("case-followed-elsewhere").all()).as("its own unit acts, no such note").isEmpty();

        var handlers = directory.handlers(directory.unitAndDirectSubUnits(province));
        assertThat(handlers).extracting(RecipientDirectory.Handler::fullName)
                .contains("Nguyễn Thị Hồng Vân", "Đỗ Khắc Huấn", "Bùi Văn Thắng").doesNotContain("Quản trị hệ thống", "Đinh Thị Lụa");
        assertThat(handlers.getFirst().unitId()).as("the following unit's own people first").isEqualTo(province);
    }

    @Test
    void a_named_reporter_is_protected_on_the_page_and_revealed_to_the_handler_only() {
        long overdue = jdbc.queryForObject("select min(id) from feedback_case where subject_name = 'Lê Văn Tâm' and created_by = 'demo'",
                Long.class);
        signIn.as("dcpl"); // sees the district's case, is not its handler nor named a reader
        navigate("phan-anh/" + overdue, CaseView.class);
        assertThat(texts()).contains("Người phản ánh: (được bảo vệ)").doesNotContain("Nguyễn Văn Hải");
        assertThat(find(Button.class).withText("Xem thông tin người phản ánh").all()).isEmpty();

        signIn.as("luongson"); // its handler
        navigate("phan-anh/" + overdue, CaseView.class);
        test(find(Button.class).withText("Xem thông tin người phản ánh").single()).click();
        test(find(TextField.class).withId("reveal-reason").single()).setValue("Mời lên làm việc");
        test(find(Button.class).withId("step-confirm").single()).click();
        assertThat(texts()).contains("Họ tên: Nguyễn Văn Hải");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'IDENTITY_REVEALED' and target_id = ?",
                Integer.class, String.valueOf(overdue))).isPositive();
    }

    @Test
    void the_public_lookup_shows_the_demo_case_state_and_the_answer_it_was_told() {
        signIn.signOut();
        LookupView view = navigate(LookupView.class);
        test(view.code).setValue("demo 2026 0001");
        test(view.find).click();
        String shown = view.result.getElement().getTextRecursively();
        assertThat(shown).contains("Vụ việc DEMO-2026-0001", "Đã thông báo người phản ánh", "Trả lời", "UBND huyện đã niêm yết")
                .doesNotContain("Tú Lý", "luongson", "dcpl");
        // a card whose steps are a timeline: done ones dated, those ahead said so (issue 22)
        var steps = view.result.getElement().getChild(0).getChild(1);
        assertThat(steps.getAttribute("class")).isEqualTo("lookup-timeline");
        assertThat(steps.getChildren().filter(li -> li.getAttribute("class").equals("step-done")).count()).isGreaterThanOrEqualTo(3);
        assertThat(find(Paragraph.class).withClassName("public-front").single().getText()).isEqualTo("Ủy ban MTTQ Việt Nam tỉnh Hòa Bình");
        test(view.code).setValue("ZZZZ-ZZZZ-ZZZZ");
        test(view.find).click();
        assertThat(view.result.getElement().getTextRecursively()).contains("Không tìm thấy vụ việc");
    }

    /** The answer a person would type to "Bảy cộng năm bằng mấy?". */
    static String answerTo(String question) {
        List<String> words = List.of("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười");
        String[] parts = question.toLowerCase().replace(" bằng mấy?", "").split(" cộng ");
        return String.valueOf(words.indexOf(parts[0]) + words.indexOf(parts[1]));
    }

    @Test
    void a_person_sends_a_report_through_the_public_page_and_gets_a_code_that_the_province_sees_to_classify() throws InterruptedException {
        signIn.signOut();
        SubmitView page = navigate(SubmitView.class);
        String content = "Trưởng thôn thu tiền làm đường không công khai " + UUID.randomUUID();
        test(page.subjectUnit).setValue("thôn Suối Cái, xã Tú Lý");
        test(page.content).setValue(content);
        assertThat(page.question.getSrc()).as("the question is a picture").startsWith("data:image/png;base64,");
        assertThat(page.getElement().getTextRecursively()).as("and never page text").doesNotContain(page.challenge.question())
                .doesNotContain(" cộng ");
        test(page.answer).setValue("99");
        Thread.sleep(3100); // a person takes more than three seconds
        test(page.send).click();
        assertThat(find(Paragraph.class).withId("submit-error").single().getText()).contains("chưa đúng");
        assertThat(page.content.getValue()).as("what was typed stays").isEqualTo(content);
        test(page.answer).setValue(answerTo(page.challenge.question()));
        Thread.sleep(3100);
        test(page.send).click();
        String code = find(Paragraph.class).withId("submit-code").single().getText();
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");

        signIn.as("dcpl");
        CasesView list = navigate(CasesView.class);
        test(list.search).setValue(code);
        assertThat(column(list.grid, 0)).containsExactly(code);
        assertThat(column(list.grid, 5)).containsExactly("Mới tiếp nhận");
    }

    @Test
    void recording_a_case_suggests_the_front_of_the_subjects_place_and_asks_why_when_another_is_chosen() {
        signIn.as("dcpl");
        NewCaseView form = navigate(NewCaseView.class);
        test(form.subjectUnit).setValue("UBND xã Tú Lý, huyện Đà Bắc");
        assertThat(form.unit.getValue()).isEqualTo(jdbc.queryForObject("select id from unit where name = 'Ủy ban MTTQ xã Tú Lý'", Long.class));
        assertThat(form.unit.getHelperText()).contains("Xã Tú Lý");
        assertThat(form.unitReason.isVisible()).isFalse();
        form.unit.setValue(jdbc.queryForObject("select id from unit where code = 'HB'", Long.class));
        assertThat(form.unitReason.isVisible()).isTrue();
    }
}
