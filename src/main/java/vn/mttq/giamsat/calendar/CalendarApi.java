package vn.mttq.giamsat.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mttq.giamsat.base.Texts;
import vn.mttq.giamsat.base.UserFacingException;

/**
 * Public, read-only legal arithmetic for other Front systems: due dates in working days and the
 * days off of a year (JSON and iCalendar). No sign-in; rate-limited by {@link ApiRateLimiter}.
 */
@RestController
@RequestMapping(CalendarApi.PATH)
class CalendarApi {

    static final String PATH = "/api/v1/calendar";
    static final int MAX_WORKING_DAYS = 366;

    record DueDate(LocalDate from, int workingDays, LocalDate dueDate, String rule, String ruleEn) {
    }

    record Day(LocalDate date, DayOff.Kind kind, String reason, String reasonEn, String detail, String detailEn) {
    }

    record DaysOff(int year, List<Day> daysOff) {
    }

    record Problem(String error, String errorEn) {
    }

    private static final class BadParameter extends RuntimeException {
        private final String key;
        private final Object[] args;

        BadParameter(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    private final WorkingCalendar calendar;

    CalendarApi(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/due-date")
    DueDate dueDate(@RequestParam(required = false) String from, @RequestParam(required = false) String workingDays) {
        LocalDate start = date("from", from);
        int days = number("workingDays", workingDays);
        if (days < 1 || days > MAX_WORKING_DAYS) {
            throw new BadParameter("calendar.api.working-days-range", MAX_WORKING_DAYS);
        }
        return new DueDate(start, days, calendar.dueDate(start, days), Texts.vi("calendar.api.rule"), Texts.en("calendar.api.rule"));
    }

    @GetMapping("/days-off")
    DaysOff daysOff(@RequestParam(required = false) String year) {
        int y = number("year", year);
        return new DaysOff(y, calendar.daysOff(y).stream().map(CalendarApi::day).toList());
    }

    /** Holidays, compensatory and decided days off (not the weekly rest days) for calendar applications. */
    @GetMapping(value = "/days-off.ics", produces = "text/calendar;charset=UTF-8")
    ResponseEntity<String> daysOffIcs(@RequestParam(required = false) String year) {
        int y = number("year", year);
        DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//MTTQ//Giam sat 124//VI\r\n")
                .append("CALSCALE:GREGORIAN\r\nX-WR-CALNAME:Ngày nghỉ ").append(y).append("\r\n");
        for (DayOff d : calendar.daysOff(y)) {
            if (d.kind() == DayOff.Kind.WEEKLY_REST) {
                continue;
            }
            String summary = Texts.vi(d.reasonKey()) + (d.detail().isEmpty() ? "" : " - " + d.detailIn(Texts::vi));
            ics.append("BEGIN:VEVENT\r\nUID:").append(d.date()).append("@giamsat124\r\n")
                    .append("DTSTAMP:").append(y).append("0101T000000Z\r\n")
                    .append("DTSTART;VALUE=DATE:").append(basic.format(d.date())).append("\r\n")
                    .append("DTEND;VALUE=DATE:").append(basic.format(d.date().plusDays(1))).append("\r\n")
                    .append("SUMMARY:").append(escapeIcs(summary)).append("\r\n")
                    .append("TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n");
        }
        ics.append("END:VCALENDAR\r\n");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8")).body(ics.toString());
    }

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<Problem> badParameter(BadParameter e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new Problem(Texts.vi(e.key, e.args), Texts.en(e.key, e.args)));
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Problem> refused(UserFacingException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new Problem(Texts.vi(e.messageKey(), e.arguments()), Texts.en(e.messageKey(), e.arguments())));
    }

    private static Day day(DayOff d) {
        return new Day(d.date(), d.kind(), Texts.vi(d.reasonKey()), Texts.en(d.reasonKey()), d.detailIn(Texts::vi),
                d.detailIn(Texts::en));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameter("calendar.api.missing", name);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameter("calendar.api.bad-date", name);
        }
    }

    private static int number(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameter("calendar.api.missing", name);
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameter("calendar.api.bad-number", name);
        }
    }

    /** RFC 5545: commas, semicolons and backslashes are escaped in text values. */
    private static String escapeIcs(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
