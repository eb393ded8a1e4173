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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.PortalFormats;

/** A district derives its plan from the province's, and its progress rolls up to the province. */
@SpringBootTest
@Import(SignIn.class)
class CascadeTest {

    @Autowired Cascade cascade;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    @Test
    void a_district_plan_derived_from_the_provincial_plan_rolls_its_progress_up() {
        long provincial = jdbc.queryForObject("select min(id) from plan where number_symbol = '01/KH-MTTQ-BTT'", Long.class);
        long parentTask = jdbc.queryForObject("select id from plan_task where plan_id = ? and lead_unit_id = ?", Long.class,
                provincial, unit("HB-LS"));

        signIn.as("hoinongdan"); // a member organisation writes no Front plan
        assertThatThrownBy(() -> cascade.derive(provincial)).isInstanceOf(AccessDeniedException.class);

        signIn.as("luongson");
        assertThat(plans.mayDerive(plans.get(provincial))).isTrue();
        Plan district = cascade.derive(provincial);
        assertThat(district.getParentPlanId()).isEqualTo(provincial);
        assertThat(district.getLegalBases()).startsWith("Căn cứ Kế hoạch số 01/KH-MTTQ-BTT của Ủy ban MTTQ Việt Nam tỉnh Hòa Bình");
        List<PlanTask> inherited = tasks.ofPlan(district.getId());
        assertThat(inherited).singleElement().satisfies(t -> {
            assertThat(t.getParentTaskId()).isEqualTo(parentTask);
            assertThat(t.getLeadUnitId()).isEqualTo(unit("HB-LS"));
        });
        assertThat(plans.mayDerive(plans.get(provincial))).as("one derived plan per unit").isFalse();
        plans.setRecipients(district.getId(), List.of(unit("HB-LS-1"), unit("HB-LS-2")));
        plans.publish(district.getId(), LocalDate.now(PortalFormats.VIETNAM));
        tasks.report(inherited.getFirst().getId(), 40, "Đã triển khai tại 2 xã.");

        signIn.as("dcpl"); // the province sees the district's progress on its own task, and the tree
        assertThat(cascade.progress(parentTask)).isEqualTo(40);
        Cascade.Node tree = cascade.tree(provincial);
        assertThat(tree.children()).extracting(Cascade.Node::unitName).contains("Lương Sơn");
        Cascade.Node ls = tree.children().stream().filter(n -> n.plan().getId().equals(district.getId())).findFirst().orElseThrow();
        assertThat(ls.progress()).isEqualTo(40);
        assertThat(ls.tasks()).isEqualTo(1);
    }
}
