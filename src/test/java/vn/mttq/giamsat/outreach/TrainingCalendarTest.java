package vn.mttq.giamsat.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.server.ResponseStatusException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.infra.FeedKeys;
import vn.mttq.giamsat.base.text.PortalFormats;

/** Planned sessions on the month calendar and in each unit's iCalendar feed, which parses and needs its key. */
@SpringBootTest
@Import(SignIn.class)
class TrainingCalendarTest extends SpringBrowserlessTest {

    @Autowired TrainingFeed feed;
    @Autowired FeedKeys keys;
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
    void the_feed_parses_holds_the_planned_sessions_of_the_subtree_and_needs_its_key() throws Exception {
        long district = unit("HB-LS");
        String ics = feed.feed(district, keys.key(TrainingFeed.FEED, district)).getBody();
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<String> summaries = parsed.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getProperty("SUMMARY").orElseThrow().getValue()).toList();
        assertThat(summaries).contains("Hội nghị quán triệt Quy định 124 tại xã Liên Sơn (Hội trường UBND xã Liên Sơn)")
                .noneMatch(s -> s.contains("Kim Bôi"));
        long farmers = unit("HB-HND");
        String theirs = feed.feed(farmers, keys.key(TrainingFeed.FEED, farmers)).getBody().replace("\r\n ", "");
        assertThat(theirs).contains("Tập huấn nghiệp vụ giám sát cho cán bộ Mặt trận cấp huyện").doesNotContain("xã Liên Sơn");
        assertThatThrownBy(() -> feed.feed(district, keys.key(TrainingFeed.FEED, farmers))).isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> feed.feed(district, null)).isInstanceOf(ResponseStatusException.class);
    }

    @Test
    void the_month_calendar_shows_the_sessions_of_the_scope() {
        LocalDate planned = jdbc.queryForObject("select starts_on from training_session where title = 'Hội nghị quán triệt Quy định 124 tại xã Liên Sơn'",
                LocalDate.class);
        signIn.as("luongson");
        TrainingCalendarView view = navigate(TrainingCalendarView.class);
        view.calendar.show(YearMonth.from(planned));
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("Hội nghị quán triệt Quy định 124 tại xã Liên Sơn")
                .noneMatch(t -> t.contains("Kim Bôi"));
        assertThat(view.feed.getHref()).contains("api/v1/feeds/tap-huan/" + unit("HB-LS") + ".ics?key=");
        assertThat(planned).isAfter(LocalDate.now(PortalFormats.VIETNAM));
    }

    @Test
    void the_province_narrows_the_calendar_to_one_district() {
        LocalDate planned = jdbc.queryForObject("select starts_on from training_session where title = 'Hội nghị quán triệt Quy định 124 tại xã Liên Sơn'",
                LocalDate.class);
        signIn.as("dcpl");
        TrainingCalendarView view = navigate(TrainingCalendarView.class);
        view.calendar.show(YearMonth.from(planned));
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("Hội nghị quán triệt Quy định 124 tại xã Liên Sơn");
        view.unit.setValue(unit("HB-KB"));
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).doesNotContain("Hội nghị quán triệt Quy định 124 tại xã Liên Sơn");
        view.unit.setValue(unit("HB-LS"));
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("Hội nghị quán triệt Quy định 124 tại xã Liên Sơn");
    }
}
