package vn.mttq.giamsat.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;

/** Issue 22: the case page shows where the case stands as a line of steps, and one primary next step. */
@SpringBootTest
@Import(SignIn.class)
class CaseProgressTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseService cases;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void a_case_awaiting_its_answer_shows_the_passed_steps_the_current_one_and_one_primary_button() {
        long luongSon = jdbc.queryForObject("select id from unit where code = 'HB-LS'", Long.class);
        long id = jdbc.queryForObject("select min(id) from feedback_case where status = 'AWAITING_ANSWER' and following_unit_id = ?",
                Long.class, luongSon);
        signIn.as("luongson");
        navigate("phan-anh/" + id, CaseView.class);
        CaseProgress line = find(CaseProgress.class).single();
        assertThat(CaseProgress.steps(cases.get(id))).extracting(CaseProgress.Step::state)
                .containsExactly("done", "done", "done", "done", "current", "ahead", "ahead", "ahead");
        assertThat(line.getElement().getChildCount()).isEqualTo(8);
        assertThat(find(Button.class).all().stream()
                .filter(b -> b.getThemeNames().contains("primary")).count()).as("one primary next step").isEqualTo(1);
    }

    @Test
    void a_case_that_left_the_path_ends_its_line_where_it_left() {
        Long id = jdbc.query("select id from feedback_case where status in ('REJECTED', 'OUTSIDE_COMPETENCE', 'MERGED') limit 1",
                (rs, n) -> rs.getLong(1)).stream().findFirst().orElseThrow();
        signIn.as("lanhdao");
        var steps = CaseProgress.steps(cases.get(id));
        assertThat(steps.getFirst().status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(steps.getLast().state()).isEqualTo("current");
        assertThat(steps.getLast().status().isSideExit()).isTrue();
    }
}
