package vn.mttq.giamsat.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.CalendarFeed;
import vn.mttq.giamsat.base.text.OutputText;
import vn.mttq.giamsat.base.text.Texts;

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

    /** The API's one error shape (as the exchange API's): HTTP status, Vietnamese and English message. */
    record Problem(int status, String error, String errorEn) {
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

    @GetMapping(value = "/due-date", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hạn sau một số ngày làm việc (due date after working days)",
            description = "Ngày nhận không tính; chỉ tính ngày làm việc (Bộ luật Lao động 2019, các quyết định nghỉ bù).")
    DueDate dueDate(@Parameter(description = "Ngày nhận, dạng 2026-11-02", required = true)
                    @RequestParam(required = false) String from,
                    @Parameter(description = "Số ngày làm việc, 1 đến 366", required = true,
                            schema = @Schema(type = "integer", minimum = "1", maximum = "366"))
                    @RequestParam(required = false) String workingDays) {
        LocalDate start = date("from", from);
        int days = number("workingDays", workingDays);
        if (days < 1 || days > MAX_WORKING_DAYS) {
            throw new BadParameter("calendar.api.working-days-range", MAX_WORKING_DAYS);
        }
        return new DueDate(start, days, calendar.dueDate(start, days), Texts.vi("calendar.api.rule"), Texts.en("calendar.api.rule"));
    }

    @GetMapping(value = "/days-off", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ngày nghỉ trong năm (days off of a year)")
    DaysOff daysOff(@Parameter(description = "Năm, 1990 đến 2100", required = true,
            schema = @Schema(type = "integer", minimum = "1990", maximum = "2100"))
                    @RequestParam(required = false) String year) {
        int y = number("year", year);
        return new DaysOff(y, calendar.daysOff(y).stream().map(CalendarApi::day).toList());
    }

    /** Holidays, compensatory and decided days off (not the weekly rest days) for calendar applications. */
    @GetMapping(value = "/days-off.ics", produces = "text/calendar;charset=UTF-8")
    @Operation(summary = "Ngày nghỉ trong năm dạng iCalendar (days off as an iCalendar feed)")
    ResponseEntity<String> daysOffIcs(@Parameter(description = "Năm, 1990 đến 2100", required = true,
            schema = @Schema(type = "integer", minimum = "1990", maximum = "2100"))
                                      @RequestParam(required = false) String year) {
        int y = number("year", year);
        // a fixed stamp per year: the feed of a year is the same document until its days off change
        CalendarFeed feed = new CalendarFeed("Ngày nghỉ " + y, LocalDate.of(y, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
        for (DayOff d : calendar.daysOff(y)) {
            if (d.kind() != DayOff.Kind.WEEKLY_REST) {
                feed.allDay(d.date() + "@giamsat124", d.date(),
                        Texts.vi(d.reasonKey()) + (d.detail().isEmpty() ? "" : " - " + d.detailIn(Texts::vi)));
            }
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8")).body(feed.write());
    }

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<Problem> badParameter(BadParameter e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new Problem(400, Texts.vi(e.key, e.args), Texts.en(e.key, e.args)));
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Problem> refused(UserFacingException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new Problem(400, Texts.vi(e.messageKey(), e.arguments()), Texts.en(e.messageKey(), e.arguments())));
    }

    private static Day day(DayOff d) {
        return new Day(d.date(), d.kind(), Texts.vi(d.reasonKey()), Texts.en(d.reasonKey()),
                OutputText.clean(d.detailIn(Texts::vi)), OutputText.clean(d.detailIn(Texts::en)));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameter("calendar.api.missing", name);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameter("calendar.api.bad-date", name);
        }
        // a date such as +999999999-12-31 parses, but no calendar is kept for it
        if (date.getYear() < WorkingCalendar.FIRST_YEAR || date.getYear() > WorkingCalendar.LAST_YEAR) {
            throw new BadParameter("calendar.error.year-range", WorkingCalendar.FIRST_YEAR, WorkingCalendar.LAST_YEAR);
        }
        return date;
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

}
