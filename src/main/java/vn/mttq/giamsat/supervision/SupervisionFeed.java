package vn.mttq.giamsat.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.mttq.giamsat.base.text.CalendarFeed;
import vn.mttq.giamsat.base.infra.FeedKeys;
import vn.mttq.giamsat.base.text.PortalFormats;

/**
 * A unit's supervision sessions as an iCalendar feed a calendar application subscribes to: the
 * address carries the unit's key (from the calendar page), so nobody reads another unit's feed.
 * Events name the activity, the place and the attendees, never the supervised persons.
 */
@RestController
class SupervisionFeed {

    static final String FEED = "supervision-sessions";
    /** Past sessions kept in the feed, and how far ahead it reaches. */
    static final int DAYS_BACK = 90;
    static final int DAYS_AHEAD = 365;
    /** A session without an end time is shown as a half day's work. */
    static final Duration SESSION_LENGTH = Duration.ofHours(4);

    private final ActivityService activities;
    private final FeedKeys keys;
    private final JdbcTemplate jdbc;

    SupervisionFeed(ActivityService activities, FeedKeys keys, JdbcTemplate jdbc) {
        this.activities = activities;
        this.keys = keys;
        this.jdbc = jdbc;
    }

    /** The feed's address (relative to the portal) for a unit. */
    static String path(FeedKeys keys, long unitId) {
        return "api/v1/feeds/giam-sat/" + unitId + ".ics?key=" + keys.key(FEED, unitId);
    }

    @GetMapping(value = "/api/v1/feeds/giam-sat/{unitId}.ics", produces = "text/calendar;charset=UTF-8")
    ResponseEntity<String> feedAt(@PathVariable("unitId") String unitPath, @RequestParam(required = false) String key) {
        // "x.ics" or a 20-digit id is an unknown feed, like a wrong key
        return feed(FeedKeys.unitId(unitPath).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), key);
    }

    ResponseEntity<String> feed(long unitId, String key) {
        if (key == null || !keys.matches(FEED, unitId, key)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND); // a wrong key and an unknown unit look alike
        }
        List<Map<String, Object>> unit = jdbc.queryForList("SELECT name, path, kind FROM unit WHERE id = ?", unitId);
        if (unit.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String name = String.valueOf(unit.getFirst().get("name"));
        boolean member = "MEMBER_ORGANISATION".equals(unit.getFirst().get("kind"));
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        CalendarFeed feed = new CalendarFeed("Lịch giám sát - " + name, Instant.now());
        for (ActivityService.CalendarEntry e : activities.sessionsOfUnit(String.valueOf(unit.getFirst().get("path")), member, unitId,
                today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD))) {
            WorkingSession s = e.session();
            String uid = "giam-sat-" + s.getId() + "@giamsat124";
            String summary = "Giám sát: " + e.activity().getTitle();
            if (s.getStartsAt() == null) {
                feed.allDay(uid, s.getHeldOn(), summary);
            } else {
                feed.timed(uid, s.getHeldOn().atTime(s.getStartsAt()), SESSION_LENGTH, summary, s.getPlace(), s.getAttendees());
            }
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8")).body(feed.write());
    }
}
