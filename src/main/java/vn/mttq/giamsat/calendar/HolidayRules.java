package vn.mttq.giamsat.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The default days off of a year, before any government decision for that year:
 * public holidays of the Labour Code 2019, art. 112 (1 Jan; Tết, 5 days; Hùng Kings' day,
 * 10/3 lunar; 30 Apr; 1 May; 2 Sep and one adjacent day), and, per art. 111(3), a compensatory
 * day on the next working day for a holiday that falls on a weekly rest day.
 */
final class HolidayRules {

    private HolidayRules() {
    }

    /**
     * @param restDays      the weekly rest days (Saturday and Sunday by default)
     * @param tetDaysBefore how many of the Tết days fall before Mùng 1 (1: the last day of the old year)
     * @param tetDaysTotal  Tết days in all (5 by law)
     */
    static Map<LocalDate, DayOff> defaults(int year, Set<DayOfWeek> restDays, int tetDaysBefore, int tetDaysTotal) {
        Map<LocalDate, DayOff> holidays = new TreeMap<>();
        holiday(holidays, LocalDate.of(year, Month.JANUARY, 1), "calendar.reason.new-year");
        LocalDate tet = VietnameseLunarCalendar.newYear(year);
        for (int i = 0; i < tetDaysTotal; i++) {
            holiday(holidays, tet.minusDays(tetDaysBefore).plusDays(i), "calendar.reason.tet");
        }
        holiday(holidays, VietnameseLunarCalendar.toSolar(year, 3, 10), "calendar.reason.hung-kings");
        holiday(holidays, LocalDate.of(year, Month.APRIL, 30), "calendar.reason.reunification");
        holiday(holidays, LocalDate.of(year, Month.MAY, 1), "calendar.reason.labour-day");
        holiday(holidays, LocalDate.of(year, Month.SEPTEMBER, 2), "calendar.reason.national-day");
        // "and one adjacent day": the government picks before or after each year; default the day before
        holiday(holidays, LocalDate.of(year, Month.SEPTEMBER, 1), "calendar.reason.national-day");

        Map<LocalDate, DayOff> result = new TreeMap<>(holidays);
        for (DayOff h : new LinkedHashMap<>(holidays).values()) {
            if (restDays.contains(h.date().getDayOfWeek())) {
                LocalDate next = h.date().plusDays(1);
                while (restDays.contains(next.getDayOfWeek()) || result.containsKey(next)) {
                    next = next.plusDays(1);
                }
                result.put(next, new DayOff(next, DayOff.Kind.COMPENSATORY, "calendar.reason.compensatory",
                        h.reasonKey()));
            }
        }
        return result;
    }

    private static void holiday(Map<LocalDate, DayOff> days, LocalDate date, String reasonKey) {
        days.putIfAbsent(date, new DayOff(date, DayOff.Kind.HOLIDAY, reasonKey, ""));
    }
}
