package vn.mttq.giamsat.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.attachments.AttachmentService;

/** "Nhiệm vụ" as the carrying-out unit and the plan's issuer use it. */
@SpringBootTest
@Import(SignIn.class)
class TaskViewsTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService tasks;
    @Autowired PlanService plans;
    @Autowired AttachmentService attachments;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private static int rowOf(GridTester<?, PlanTask> grid, String title) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).getTitle().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no task row " + title);
    }

    @Test
    void the_member_organisation_reports_progress_and_marks_its_task_done() {
        signIn.as("hoinongdan");
        TasksView view = navigate(TasksView.class);
        assertThat(view.count.getText()).as("the list says how many tasks it holds").isEqualTo(test(view.grid).size() + " nhiệm vụ");
        String title = "Tuyên truyền Quy định 124 trong sinh hoạt chi hội nông dân"; // the demo plan's task for the association
        int row = rowOf(test(view.grid), title);
        assertThat(test(view.grid).getCellText(row, 1)).isEqualTo(title);
        test(view.grid).clickRow(row);
        TaskDialog dialog = find(TaskDialog.class).single();
        assertThat(dialog.progress.isReadOnly()).isFalse();
        test(dialog.progress).setValue(100);
        test(dialog.report).setValue("Đã tuyên truyền tại 12 chi hội, 640 hội viên tham dự.");
        test(find(Button.class).withText("Báo hoàn thành").single()).click();
        long id = jdbc.queryForObject("select id from plan_task where title like 'Tuyên truyền Quy định 124 trong sinh hoạt%'", Long.class);
        assertThat(tasks.get(id).getStatus()).isEqualTo(TaskStatus.SUBMITTED);
        assertThat(test(view.grid).getCellText(rowOf(test(view.grid), title), 5)).isEqualTo("Chờ xem xét");
    }

    @Test
    void the_issuer_sees_the_tasks_on_the_plan_page_and_accepts_a_submitted_one() {
        signIn.as("dcpl");
        long plan = jdbc.queryForObject("select min(id) from plan where number_symbol = '01/KH-MTTQ-BTT'", Long.class);
        navigate("ke-hoach/" + plan, PlanView.class);
        PlanView page = find(PlanView.class).single();
        find(TabSheet.class).single().setSelectedIndex(1); // "Nhiệm vụ"
        assertThat(test(page.taskGrid).size()).isGreaterThanOrEqualTo(4);
        assertThat(page.addTask.isVisible()).isTrue();
        String district = "Xây dựng kế hoạch giám sát của huyện theo kế hoạch tỉnh"; // submitted by Lương Sơn in the demo
        int row = rowOf(test(page.taskGrid), district);
        assertThat(test(page.taskGrid).getRow(row).getStatus()).isEqualTo(TaskStatus.SUBMITTED);
        new TaskDialog(tasks, plans, attachments, test(page.taskGrid).getRow(row), () -> { }).open(); // what a row click opens
        test(find(Button.class).withText("Chấp nhận hoàn thành").single()).click();
        long id = jdbc.queryForObject("select id from plan_task where title = ? and plan_id = ?", Long.class, district, plan);
        assertThat(tasks.get(id).getStatus()).isEqualTo(TaskStatus.DONE);
    }
}
