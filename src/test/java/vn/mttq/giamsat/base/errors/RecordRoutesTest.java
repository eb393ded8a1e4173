package vn.mttq.giamsat.base.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;

/**
 * Issue 21, defect 7: a district that opens another district's record by its address, an id that
 * does not exist and an id too long to be one all see the same Vietnamese page inside the portal;
 * only the refusal by scope is audited, once.
 */
@SpringBootTest
@Import(SignIn.class)
class RecordRoutesTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    /** A record of the table whose unit lies outside Lương Sơn's subtree. */
    private long outsideLuongSon(String table, String unitColumn) {
        return jdbc.queryForObject("select min(r.id) from " + table + " r join unit u on u.id = r." + unitColumn
                + " where u.path not like (select concat(path, '%') from unit where code = 'HB-LS')", Long.class);
    }

    private String pageText(String location) {
        Component view = navigate(location, Component.class);
        return view.getElement().getTextRecursively();
    }

    private long refusals() {
        return jdbc.queryForObject("select count(*) from audit_log where action = 'RECORD_REFUSED' and actor = 'luongson'", Long.class);
    }

    @Test
    void another_districts_record_an_unknown_id_and_a_huge_id_get_the_same_page_and_only_the_refusal_is_audited() {
        signIn.as("luongson");
        List<String> forbidden = List.of("giam-sat/" + outsideLuongSon("supervision_activity", "unit_id"),
                "bao-cao-dinh-ky/" + outsideLuongSon("periodic_report", "unit_id"),
                "tap-huan/" + outsideLuongSon("training_session", "unit_id"));
        for (String location : forbidden) {
            long before = refusals();
            String text = pageText(location);
            assertThat(text).as(location).contains("Không tìm thấy hồ sơ", "không thuộc phạm vi bạn được xem")
                    .doesNotContain("Exception", "exception", "visible");
            assertThat(refusals()).as("audited once: " + location).isEqualTo(before + 1);
        }
        String forbiddenText = pageText(forbidden.getFirst());
        for (String route : List.of("ke-hoach", "giam-sat", "phan-anh", "tap-huan", "bao-cao-dinh-ky")) {
            long before = refusals();
            assertThat(pageText(route + "/987654321")).as(route + " unknown").isEqualTo(forbiddenText);
            assertThat(pageText(route + "/12345678901234567890")).as(route + " too long").contains("Không tìm thấy hồ sơ");
            assertThat(refusals()).as("an unknown id is not a refusal").isEqualTo(before);
        }
    }
}
