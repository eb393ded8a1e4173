package vn.mttq.giamsat.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.deadlines.DeadlineService;
import vn.mttq.giamsat.deadlines.DeadlineStatus;

/** A plan's tasks from assignment to acceptance, under the deadline engine. */
@SpringBootTest
@Import(SignIn.class)
class TaskServiceTest {

    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired DeadlineService deadlines;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private Plan publishedPlanWithTaskFor(String unitCode, LocalDate due) {
        signIn.as("dcpl");
        Plan plan = plans.createDraft(unit("HB"), "Kế hoạch có nhiệm vụ " + System.nanoTime());
        plan.setContents("1. Giám sát chuyên đề.");
        plans.saveDraft(plan);
        plans.setRecipients(plan.getId(), List.of(unit(unitCode)));
        tasks.add(plan.getId(), "Báo cáo kết quả giám sát chuyên đề", unit(unitCode), due, "Báo cáo bằng văn bản");
        return plans.publish(plan.getId(), LocalDate.now(PortalFormats.VIETNAM));
    }

    @Test
    void a_member_organisation_reports_its_task_and_the_issuer_returns_then_accepts_it() {
        LocalDate due = LocalDate.now(PortalFormats.VIETNAM).plusDays(30);
        Plan plan = publishedPlanWithTaskFor("HB-HND", due);
        PlanTask task = tasks.ofPlan(plan.getId()).getFirst();
        // under the deadline engine from publication, due on a working day on or before the planned date
        var deadline = deadlines.get(TaskService.SOURCE_TYPE, String.valueOf(task.getId()));
        assertThat(deadline.dueDate()).isBeforeOrEqualTo(due).isAfter(due.minusDays(4));

        signIn.as("hoinongdan");
        assertThat(tasks.mine(null, PageRequest.of(0, 50)).getContent()).extracting(PlanTask::getId).contains(task.getId());
        assertThatThrownBy(() -> tasks.submit(task.getId())).isInstanceOf(UserFacingException.class); // nothing reported yet
        tasks.report(task.getId(), 60, "Đã giám sát tại 3 xã.");
        tasks.submit(task.getId());
        assertThatThrownBy(() -> tasks.accept(task.getId())).isInstanceOf(AccessDeniedException.class);

        signIn.as("dcpl");
        assertThatThrownBy(() -> tasks.giveBack(task.getId(), " ")).isInstanceOf(UserFacingException.class);
        tasks.giveBack(task.getId(), "Bổ sung số liệu của xã còn lại.");
        assertThat(tasks.get(task.getId()).getStatus()).isEqualTo(TaskStatus.RETURNED);

        signIn.as("hoinongdan");
        tasks.report(task.getId(), 100, "Đã giám sát đủ 4 xã, có biên bản kèm theo.");
        tasks.submit(task.getId());
        signIn.as("dcpl");
        tasks.accept(task.getId());
        assertThat(tasks.get(task.getId()).getStatus()).isEqualTo(TaskStatus.DONE);
        assertThat(deadlines.get(TaskService.SOURCE_TYPE, String.valueOf(task.getId())).status()).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void a_task_due_before_its_plan_or_reported_by_another_unit_is_refused() {
        Plan plan = publishedPlanWithTaskFor("HB-LS", LocalDate.now(PortalFormats.VIETNAM).plusDays(20));
        assertThatThrownBy(() -> tasks.add(plan.getId(), "Nhiệm vụ hạn sai", unit("HB-LS"),
                LocalDate.now(PortalFormats.VIETNAM).minusDays(1), "")).isInstanceOf(UserFacingException.class)
                .hasMessage("task.error.due-before-issue");
        PlanTask task = tasks.ofPlan(plan.getId()).getFirst();
        signIn.as("hoinongdan"); // not its task, not its plan
        assertThatThrownBy(() -> tasks.report(task.getId(), 50, "Báo cáo mạo danh")).isInstanceOf(AccessDeniedException.class);
        signIn.as("luongson");
        assertThatThrownBy(() -> tasks.add(plan.getId(), "Nhiệm vụ tự giao", unit("HB-LS"),
                LocalDate.now(PortalFormats.VIETNAM).plusDays(5), "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.report(task.getId(), 101, "Quá 100%")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_half_yearly_report_becomes_one_task_per_round_each_due_on_a_working_day() {
        signIn.as("dcpl");
        Plan plan = plans.createDraft(unit("HB"), "Kế hoạch có báo cáo định kỳ " + System.nanoTime());
        List<PlanTask> rounds = tasks.addRecurring(plan.getId(), "Báo cáo kết quả thực hiện Quy định 124", unit("HB-TL"),
                LocalDate.of(2036, 6, 20), Recurrence.HALF_YEARLY, LocalDate.of(2037, 12, 31), "Báo cáo bằng văn bản");
        // 20/12/2036 and 20/06/2037 fall on Saturdays, 20/12/2037 on a Sunday: due on the Friday before
        assertThat(rounds).extracting(PlanTask::getDueDate).containsExactly(LocalDate.of(2036, 6, 20), LocalDate.of(2036, 12, 19),
                LocalDate.of(2037, 6, 19), LocalDate.of(2037, 12, 18));
        assertThat(rounds).extracting(PlanTask::getTitle).containsExactly("Báo cáo kết quả thực hiện Quy định 124 (đợt 1)",
                "Báo cáo kết quả thực hiện Quy định 124 (đợt 2)", "Báo cáo kết quả thực hiện Quy định 124 (đợt 3)",
                "Báo cáo kết quả thực hiện Quy định 124 (đợt 4)");
        assertThatThrownBy(() -> tasks.addRecurring(plan.getId(), "Báo cáo không có hồi kết", unit("HB-TL"), LocalDate.of(2036, 6, 20),
                Recurrence.YEARLY, null, "")).isInstanceOf(UserFacingException.class).hasMessage("task.error.recurrence-end");
    }

    @Test
    void a_task_names_its_start_and_the_units_that_support_the_lead_unit() {
        signIn.as("dcpl");
        Plan plan = plans.createDraft(unit("HB"), "Kế hoạch có đơn vị phối hợp " + System.nanoTime());
        LocalDate start = LocalDate.now(PortalFormats.VIETNAM).plusDays(3);
        PlanTask task = tasks.add(plan.getId(), "Giám sát liên ngành", unit("HB-LS"), start, start.plusDays(30),
                List.of(unit("HB-HND"), unit("HB-LDLD"), unit("HB-LS")), "Biên bản giám sát");
        assertThat(tasks.get(task.getId()).getStartDate()).isEqualTo(start);
        assertThat(tasks.get(task.getId()).getSupportingUnitIds()).containsExactly(unit("HB-HND"), unit("HB-LDLD")); // not the lead itself
        assertThatThrownBy(() -> tasks.add(plan.getId(), "Bắt đầu sau hạn", unit("HB-LS"), start.plusDays(40), start.plusDays(30),
                List.of(), "")).isInstanceOf(UserFacingException.class).hasMessage("task.error.start-after-due");
    }

    @Test
    void two_people_reporting_on_the_same_task_the_second_gets_a_conflict() {
        Plan plan = publishedPlanWithTaskFor("HB-LS", LocalDate.now(PortalFormats.VIETNAM).plusDays(25));
        PlanTask task = tasks.ofPlan(plan.getId()).getFirst();
        signIn.as("luongson");
        long seen = tasks.get(task.getId()).getVersion(); // both open the task
        tasks.report(task.getId(), seen, 30, "Báo cáo của người thứ nhất");
        assertThatThrownBy(() -> tasks.report(task.getId(), seen, 60, "Báo cáo của người thứ hai"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(tasks.get(task.getId()).getReport()).isEqualTo("Báo cáo của người thứ nhất");
    }
}
