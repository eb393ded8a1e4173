package vn.mttq.giamsat.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.work.WorkSource;
import vn.mttq.giamsat.deadlines.DeadlineFilter;
import vn.mttq.giamsat.deadlines.DeadlineRequest;
import vn.mttq.giamsat.deadlines.DeadlineService;

/** What "Việc của tôi" lists for whom. */
@SpringBootTest
@Import(SignIn.class)
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;
    @Autowired DeadlineService deadlines;
    @Autowired JdbcTemplate jdbc;
    @Autowired List<WorkSource> sources;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private String overdueItemFor(String unitCode) {
        return overdueItemFor(unitCode, "Kiến nghị quá hạn kiểm thử " + UUID.randomUUID());
    }

    private String overdueItemFor(String unitCode, String title) {
        signIn.as("dcpl");
        deadlines.register(new DeadlineRequest("test-recommendation", UUID.randomUUID().toString(), title, null,
                unit(unitCode), null, LocalDate.now(PortalFormats.VIETNAM).minusDays(60), 20));
        signIn.signOut();
        return title;
    }

    private List<String> rows() {
        return find(Anchor.class).all().stream().filter(a -> a.hasClassName("work-item")).map(HomeViewTest::text).toList();
    }

    /** A row's text as the browser shows it: its markup without tags, entities read back. */
    private static String text(Anchor row) {
        return HtmlUtils.htmlUnescape(row.getElement().getProperty("innerHTML", "").replaceAll("<[^>]+>", " "));
    }

    @Test
    void an_overdue_item_is_listed_for_the_responsible_district_and_not_for_another() {
        String title = overdueItemFor("HB-LS");

        signIn.as("luongson");
        navigate(HomeView.class);
        assertThat(rows()).anySatisfy(row -> assertThat(row).contains(title).contains("Quá hạn"));
        signIn.signOut();

        // the Kim Bôi district account sees only its own unit's work
        jdbc.update("""
                insert ignore into account (username, full_name, role, unit_id, password_hash, enabled, created_at, version)
                select 'kimboi-test', 'Hà Thị Kim', 'DISTRICT_STAFF', u.id, a.password_hash, true, utc_timestamp(6), 0
                from unit u join account a on a.username = 'luongson' where u.code = 'HB-KB'""");
        signIn.as("kimboi-test");
        navigate(HomeView.class);
        assertThat(rows()).noneSatisfy(row -> assertThat(row).contains(title));
    }

    @Test
    void a_title_with_markup_is_shown_as_its_text() {
        String title = overdueItemFor("HB-LS", "Kiến nghị <img src=x onerror=alert(1)> & \"trả lời\" " + UUID.randomUUID());

        signIn.as("luongson");
        navigate(HomeView.class);

        Anchor row = find(Anchor.class).all().stream().filter(a -> a.hasClassName("work-item") && text(a).contains(title)).findFirst()
                .orElseThrow();
        assertThat(row.getElement().getProperty("innerHTML")).doesNotContain("<img").contains("&lt;img src=x");
        assertThat(text(row)).contains("Quá hạn");
    }

    @Test
    void the_most_urgent_item_comes_first_and_the_leader_sees_key_figures() {
        signIn.as("lanhdao");
        HomeView view = navigate(HomeView.class);
        assertThat(view.figures.getChildren().count()).isEqualTo(3);
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        String since = PortalFormats.date(DeadlineFilter.halfYearStart(today));
        assertThat(view.figures.getElement().getTextRecursively()).contains("Hạn xử lý đang theo dõi", "Đã quá hạn",
                "Xong đúng hạn từ " + since);
        // the on-time figure opens exactly the items it counts, and the list counts the same number (issue 22)
        Anchor onTime = find(Anchor.class).all().stream().filter(a -> a.getHref().endsWith("loc=ON_TIME")).findFirst().orElseThrow();
        String figure = onTime.getElement().getChild(0).getText();
        UI.getCurrent().navigate("han-xu-ly", QueryParameters.simple(
                Map.of("loc", "ON_TIME")));
        assertThat(find(Span.class).withClassName("result-count").single().getText())
                .isEqualTo(figure + " việc");
        signIn.signOut();

        signIn.as("luongson");
        HomeView district = navigate(HomeView.class);
        assertThat(district.figures.getChildren().count()).as("district staff get no province figures").isZero();
        // the rows' urgency in page order: every overdue item, then those due soon, then the news
        List<Integer> urgency = find(Anchor.class).all().stream().filter(a -> a.hasClassName("work-item"))
                .map(a -> a.hasClassName("urgency-overdue") ? 0 : a.hasClassName("urgency-soon") ? 1 : 2).toList();
        assertThat(urgency).isNotEmpty().contains(0).isSorted();
    }

    @Test
    void nobody_can_read_another_persons_work() {
        PortalUser leader = (PortalUser) signIn.as("lanhdao");
        signIn.signOut();
        signIn.as("luongson");
        for (WorkSource source : sources) {
            assertThatThrownBy(() -> source.workFor(leader, LocalDate.now(), 10)).isInstanceOf(AccessDeniedException.class);
        }
    }

    /** A plan waiting for confirmation is listed once, as the task, not again as the unread notice that announced it. */
    @Test
    void a_record_is_listed_once() {
        signIn.as("hoinongdan");
        navigate(HomeView.class);
        List<String> links = find(Anchor.class).all().stream().filter(a -> a.hasClassName("work-item")).map(Anchor::getHref)
                .filter(h -> h.matches(".*/\\d+(\\?.*)?")).toList();
        assertThat(links).isNotEmpty().doesNotHaveDuplicates();
        assertThat(MyWork.recordOf("ke-hoach/12?tab=x")).contains("ke-hoach/12");
        assertThat(MyWork.recordOf("han-xu-ly")).isEmpty();
    }
}
