package vn.mttq.giamsat.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.server.ResponseStatusException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.infra.FeedKeys;

/** The month calendar of delegations' sessions and each unit's iCalendar feed. */
@SpringBootTest
@Import(SignIn.class)
class SessionsCalendarTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired SupervisionFeed feed;
    @Autowired FeedKeys keys;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    @Test
    void a_member_organisation_sees_the_sessions_of_its_delegations_on_the_month_calendar() {
        LocalDate soon = jdbc.queryForObject("""
                select max(s.held_on) from supervision_session s join supervision_activity a on a.id = s.activity_id
                where a.title like 'Giám sát việc hỗ trợ giống cây trồng%'""", LocalDate.class); // the demo's next session
        signIn.as("hoinongdan");
        SessionsCalendarView view = navigate(SessionsCalendarView.class);
        view.show(YearMonth.from(soon));
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText)
                .contains("08:00 Giám sát việc hỗ trợ giống cây trồng cho hội viên nông dân")
                .noneMatch(t -> t.contains("bình xét hộ nghèo")); // Cao Phong's delegation has no one from the association
        assertThat(view.feed.getHref()).contains("api/v1/feeds/giam-sat/" + unit("HB-HND") + ".ics?key=");
    }

    @Test
    void a_units_feed_needs_its_key_and_names_activities_places_and_times_but_no_supervised_person() {
        long province = unit("HB");
        String ics = unfolded(feed.feed(province, keys.key(SupervisionFeed.FEED, province)).getBody());
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("X-WR-CALNAME:Lịch giám sát - ",
                "SUMMARY:Giám sát: Giám sát việc hỗ trợ giống cây trồng cho hội viên nông dân", "LOCATION:UBND huyện Tân Lạc",
                "SUMMARY:Giám sát: Giám sát việc bình xét hộ nghèo tại xã Bắc Phong")
                .doesNotContain("Trần Văn Bình", "Nguyễn Đức Long");
        // 08:00 in Vietnam is 01:00 UTC
        assertThat(ics).containsPattern("DTSTART:\\d{8}T010000Z");

        long farmers = unit("HB-HND");
        String theirs = unfolded(feed.feed(farmers, keys.key(SupervisionFeed.FEED, farmers)).getBody());
        assertThat(theirs).contains("hỗ trợ giống cây trồng").doesNotContain("bình xét hộ nghèo");

        assertThatThrownBy(() -> feed.feed(province, keys.key(SupervisionFeed.FEED, farmers))).isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> feed.feed(province, null)).isInstanceOf(ResponseStatusException.class);
    }
}
