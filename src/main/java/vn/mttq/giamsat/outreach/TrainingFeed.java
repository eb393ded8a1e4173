package vn.mttq.giamsat.outreach;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.mttq.giamsat.base.text.CalendarFeed;
import vn.mttq.giamsat.base.infra.FeedKeys;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * A unit's conferences and trainings (its subtree's; a member organisation's own and those it
 * co-organises) as an iCalendar feed for a calendar application; the address carries the unit's key.
 */
@RestController
class TrainingFeed {

    static final String FEED = "training-sessions";
    static final int DAYS_BACK = 90;
    static final int DAYS_AHEAD = 365;

    private final SessionService sessions;
    private final RecipientDirectory directory;
    private final FeedKeys keys;

    TrainingFeed(SessionService sessions, RecipientDirectory directory, FeedKeys keys) {
        this.sessions = sessions;
        this.directory = directory;
        this.keys = keys;
    }

    static String path(FeedKeys keys, long unitId) {
        return "api/v1/feeds/tap-huan/" + unitId + ".ics?key=" + keys.key(FEED, unitId);
    }

    @GetMapping(value = "/api/v1/feeds/tap-huan/{unitId}.ics", produces = "text/calendar;charset=UTF-8")
    ResponseEntity<String> feedAt(@PathVariable("unitId") String unitPath, @RequestParam(required = false) String key) {
        // "x.ics" or a 20-digit id is an unknown feed, like a wrong key
        return feed(FeedKeys.unitId(unitPath).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), key);
    }

    ResponseEntity<String> feed(long unitId, String key) {
        String name = directory.unitName(unitId);
        if (key == null || !keys.matches(FEED, unitId, key) || name.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND); // a wrong key and an unknown unit look alike
        }
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        CalendarFeed feed = new CalendarFeed("Hội nghị, tập huấn - " + name, Instant.now());
        for (TrainingSession s : sessions.feedOf(unitId, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD))) {
            for (LocalDate day = s.getStartsOn(); !day.isAfter(s.getEndsOn()); day = day.plusDays(1)) {
                feed.allDay("tap-huan-" + s.getId() + "-" + day + "@giamsat124", day, s.getTitle()
                        + (s.getPlace().isBlank() ? "" : " (" + s.getPlace() + ")"));
            }
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8")).body(feed.write());
    }
}
