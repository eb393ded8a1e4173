package vn.mttq.giamsat.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.Sheets;

/** Issue 22: the plans and tasks lists download what they show, within the person's scope, progress as a number. */
@SpringBootTest
@Import(SignIn.class)
class PlanExportTest {

    @Autowired PlanExport export;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void the_plans_and_tasks_download_as_the_lists_show_them() {
        signIn.as("lanhdao");
        PlanService.Filter all = new PlanService.Filter(null, 0, 0, "");
        List<List<String>> rows = Sheets.read(export.plans(all));
        assertThat(rows.getFirst()).containsExactly("Số, ký hiệu", "Trích yếu", "Đơn vị ban hành", "Ngày ban hành", "Trạng thái");
        assertThat(rows).hasSize((int) plans.count(all) + 1);
        assertThat(rows.stream().skip(1).map(r -> r.get(4))).contains("Đã ban hành");

        signIn.as("hoinongdan");
        List<List<String>> own = Sheets.read(export.tasks(null));
        assertThat(own).hasSize((int) tasks.count(null) + 1);
        assertThat(own.stream().skip(1).map(r -> r.get(2))).isNotEmpty().allMatch(u -> u.contains("Hội Nông dân"));
        assertThat(own.stream().skip(1).map(r -> r.get(4))).allMatch(p -> p.startsWith("#n"));
    }
}
