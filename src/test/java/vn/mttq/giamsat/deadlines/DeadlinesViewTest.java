package vn.mttq.giamsat.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.RowActions;

/** The deadlines page: overdue items in working days, extension with a reason, scope. */
@SpringBootTest
@Import(SignIn.class)
class DeadlinesViewTest extends SpringBrowserlessTest {

    @Autowired DeadlineService deadlines;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private int rowOf(DeadlinesView view, String title) {
        var grid = test(view.grid);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, 0).equals(title)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void an_overdue_recommendation_shows_its_lateness_and_a_department_extends_it_with_a_reason() {
        long luongSon = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        String id = UUID.randomUUID().toString();
        String title = "Kiến nghị quá hạn " + id.substring(0, 8);
        signIn.as("dcpl");
        LocalDate received = LocalDate.now(PortalFormats.VIETNAM).minusDays(60);
        deadlines.register(new DeadlineRequest("test-recommendation", id, title, null, luongSon, null, received, 20));

        DeadlinesView view = navigate(DeadlinesView.class);
        test(view.filter).selectItem("Quá hạn");
        int row = rowOf(view, title);
        assertThat(row).isNotNegative();
        assertThat(test(view.grid).getCellText(row, 1)).isEqualTo("Lương Sơn");
        assertThat(test(view.grid).getCellComponent(row, 4).getElement().getText()).matches("Quá hạn \\d+ ngày làm việc");

        view.extend(test(view.grid).getRow(row));
        test(find(IntegerField.class).single()).setValue(30);
        test(find(Button.class).withText("Gia hạn").last()).click();
        assertThat(deadlines.get("test-recommendation", id).workingDays()).as("no reason, no extension").isEqualTo(20);
        test(find(TextArea.class).single()).setValue("Vụ việc phức tạp, cần xác minh thêm");
        test(find(Button.class).withText("Gia hạn").last()).click();
        assertThat(deadlines.get("test-recommendation", id).workingDays()).isEqualTo(30);
        // the item's history names the person who extended it by full name (issue 22), not by sign-in name
        view.history(test(view.grid).getRow(rowOf(view, title)));
        @SuppressWarnings("unchecked")
        var changes = test((Grid<DeadlineChange>) find(Grid.class).last());
        String fullName = jdbc.queryForObject("select full_name from account where username = 'dcpl'", String.class);
        List<String> actors = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            actors.add(changes.getCellText(i, 1));
        }
        assertThat(actors).contains(fullName).doesNotContain("dcpl");

        signIn.as("hoinongdan");
        DeadlinesView other = navigate(DeadlinesView.class);
        assertThat(rowOf(other, title)).as("outside a member organisation's scope").isNegative();
    }

    @Test
    void the_extension_dialog_states_the_legal_maximum_and_an_item_at_the_maximum_offers_none() {
        long luongSon = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        signIn.as("dcpl");
        LocalDate received = LocalDate.now(PortalFormats.VIETNAM);
        deadlines.register(new DeadlineRequest("supervision-recommendation", tag + "-20", "Kiến nghị 20 ngày " + tag, null,
                luongSon, null, received, 20));
        deadlines.register(new DeadlineRequest("supervision-recommendation", tag + "-30", "Kiến nghị 30 ngày " + tag, null,
                luongSon, null, received, 30));

        DeadlinesView view = navigate(DeadlinesView.class);
        int atMaximum = rowOf(view, "Kiến nghị 30 ngày " + tag);
        // one "⋯" menu per row, not a row of red links (issue 22)
        assertThat(((RowActions) test(view.grid).getCellComponent(atMaximum, 5)).labels())
                .containsExactly("Lịch sử", "Đôn đốc");
        int standard = rowOf(view, "Kiến nghị 20 ngày " + tag);
        assertThat(((RowActions) test(view.grid).getCellComponent(standard, 5)).labels())
                .containsExactly("Lịch sử", "Đôn đốc", "Gia hạn");
        view.extend(test(view.grid).getRow(standard));
        IntegerField days = find(IntegerField.class).single();
        assertThat(days.getLabel()).isEqualTo("Tổng số ngày làm việc (tối đa 30)");
        assertThat(days.getValue()).isEqualTo(30);
        assertThat(days.getHelperText()).contains("Quy định 124-QĐ/TW");
    }

    @Test
    void searching_without_diacritics_and_the_due_soon_filter_find_the_right_items() {
        long luongSon = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        signIn.as("dcpl");
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        deadlines.register(new DeadlineRequest("test-recommendation", tag + "-soon", "Kiến nghị gấp " + tag, null,
                luongSon, null, today, 2));
        deadlines.register(new DeadlineRequest("test-recommendation", tag + "-later", "Kiến nghị thường " + tag, null,
                luongSon, null, today, 20));

        DeadlinesView view = navigate(DeadlinesView.class);
        test(view.search).setValue("kien nghi " + tag.substring(0, 4));
        assertThat(test(view.grid).size()).isZero(); // the tag follows the words, not "nghi"
        test(view.search).setValue("kien nghi gap " + tag);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Kiến nghị gấp " + tag);

        test(view.search).setValue(tag);
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(view.count.getText()).isEqualTo("2 việc"); // every list says how many it found (issue 22)
        assertThat(test(view.grid).getCellText(0, 0)).as("most urgent first").isEqualTo("Kiến nghị gấp " + tag);
        test(view.filter).selectItem("Sắp đến hạn (trong 5 ngày làm việc)");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Kiến nghị gấp " + tag);
        test(view.filter).selectItem("Quá hạn");
        assertThat(test(view.grid).size()).isZero();

        test(view.filter).selectItem("Đang theo dõi");
        view.urge(test(view.grid).getRow(0));
        test(find(TextArea.class).single()).setValue("Đề nghị trả lời sớm");
        test(find(Button.class).withText("Đôn đốc").last()).click();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("Đã gửi đôn đốc.");
        assertThat(deadlines.history("test-recommendation", tag + "-soon")).extracting(DeadlineChange::getReason)
                .contains("Đề nghị trả lời sớm");
    }

    /** Issue 22: a dashboard bar opens the items of its unit's subtree; the chip removes the unit again. */
    @Test
    void a_row_opens_the_record_it_follows_with_its_query() {
        long luongSon = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        signIn.as("dcpl");
        deadlines.register(new DeadlineRequest("test-recommendation", tag, "Kiến nghị có đường dẫn " + tag, "giam-sat?tu=2026-01-01",
                luongSon, null, LocalDate.now(PortalFormats.VIETNAM), 20));
        DeadlinesView view = navigate(DeadlinesView.class);
        test(view.search).setValue(tag);
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.grid).clickRow(0);
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("giam-sat");
        assertThat(location.getQueryParameters().getSingleParameter("tu")).contains("2026-01-01");
    }

    @Test
    void a_link_with_a_unit_shows_that_subtree_and_the_chip_takes_it_away() {
        long luongSon = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        signIn.as("dcpl");
        UI.getCurrent().navigate("han-xu-ly", QueryParameters.simple(
                Map.of("loc", "OPEN", "don-vi", String.valueOf(luongSon))));
        DeadlinesView view = find(DeadlinesView.class).single();
        assertThat(view.unitChip.isVisible()).isTrue();
        assertThat(view.unitChip.getText()).isEqualTo("Đơn vị: Lương Sơn");
        int inLuongSon = test(view.grid).size();
        assertThat(inLuongSon).isPositive();
        for (int i = 0; i < inLuongSon; i++) {
            assertThat(test(view.grid).getCellText(i, 1)).as("Lương Sơn or one of its communes")
                    .matches("Lương Sơn|Thị trấn Lương Sơn|Xã .*");
        }
        test(view.unitChip).click();
        assertThat(view.unitChip.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isGreaterThan(inLuongSon);
    }
}
