package vn.mttq.giamsat.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our lunar calendar against independent sources: the Tết dates of recent years as the
 * government's holiday notices fixed them; for every year 1990–2100, the published year table of
 * Hồ Ngọc Đức's "Âm lịch Việt Nam", the reference Vietnamese calendar tables; and ICU4J's Chinese
 * calendar (a separate astronomical implementation, Unicode ICU 77) computed for UTC+7, the way
 * Vietnam computes its calendar.
 */
class VietnameseLunarCalendarTest {

    /** Mùng 1 Tết as announced in Vietnam (Bộ LĐ-TB-XH / Chính phủ holiday notices). */
    private static final Map<Integer, LocalDate> OFFICIAL_TET = Map.ofEntries(
            Map.entry(2018, LocalDate.of(2018, 2, 16)),
            Map.entry(2019, LocalDate.of(2019, 2, 5)),
            Map.entry(2020, LocalDate.of(2020, 1, 25)),
            Map.entry(2021, LocalDate.of(2021, 2, 12)),
            Map.entry(2022, LocalDate.of(2022, 2, 1)),
            Map.entry(2023, LocalDate.of(2023, 1, 22)),
            Map.entry(2024, LocalDate.of(2024, 2, 10)),
            Map.entry(2025, LocalDate.of(2025, 1, 29)),
            Map.entry(2026, LocalDate.of(2026, 2, 17)));

    /**
     * Mùng 1 Tết (MM-dd), one string per decade from 1990 to 2100, from the year table of Hồ Ngọc
     * Đức, "Âm lịch Việt Nam" (amlich-hnd.js, © 2004, tables TK20, TK21 and TK22 for the years
     * 1900–2199; https://www.informatik.uni-leipzig.de/~duc/amlich/). Each year there is a code
     * whose bits above the 17th give the days from 1 January to Tết; the dates below are those
     * offsets written out, so that a reader can check them against any printed calendar.
     */
    private static final String[] PUBLISHED_TET_BY_DECADE = {
            "01-27 02-15 02-04 01-23 02-10 01-31 02-19 02-07 01-28 02-16", // 1990-1999
            "02-05 01-24 02-12 02-01 01-22 02-09 01-29 02-17 02-07 01-26", // 2000-2009
            "02-14 02-03 01-23 02-10 01-31 02-19 02-08 01-28 02-16 02-05", // 2010-2019
            "01-25 02-12 02-01 01-22 02-10 01-29 02-17 02-06 01-26 02-13", // 2020-2029
            "02-02 01-23 02-11 01-31 02-19 02-08 01-28 02-15 02-04 01-24", // 2030-2039
            "02-12 02-01 01-22 02-10 01-30 02-17 02-06 01-26 02-14 02-02", // 2040-2049
            "01-23 02-11 02-01 02-18 02-08 01-28 02-15 02-04 01-24 02-12", // 2050-2059
            "02-02 01-21 02-09 01-29 02-17 02-05 01-26 02-14 02-03 01-23", // 2060-2069
            "02-11 01-31 02-19 02-07 01-27 02-15 02-05 01-24 02-12 02-02", // 2070-2079
            "01-22 02-09 01-29 02-17 02-06 01-26 02-14 02-03 01-24 02-10", // 2080-2089
            "01-30 02-18 02-07 01-27 02-15 02-05 01-25 02-12 02-01 01-21", // 2090-2099
            "02-09", // 2100
    };

    @Test
    void tet_agrees_with_the_published_table_for_every_year_1990_to_2100() {
        List<String> disagreements = new ArrayList<>();
        int year = 1990;
        for (String decade : PUBLISHED_TET_BY_DECADE) {
            for (String monthDay : decade.split(" ")) {
                LocalDate published = LocalDate.parse(year + "-" + monthDay);
                if (!VietnameseLunarCalendar.newYear(year).equals(published)) {
                    disagreements.add(year + ": ours " + VietnameseLunarCalendar.newYear(year) + ", table " + published);
                }
                year++;
            }
        }
        assertThat(year).as("the table covers 1990-2100").isEqualTo(2101);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void tet_matches_the_officially_announced_dates() {
        OFFICIAL_TET.forEach((year, tet) -> assertThat(VietnameseLunarCalendar.newYear(year)).as("Tết %d", year).isEqualTo(tet));
    }

    @Test
    void vietnam_and_china_celebrate_on_different_days_when_the_new_moon_is_near_midnight() {
        // Vietnam (UTC+7): 17 Feb 2007; China (UTC+8): 18 Feb 2007. 1985: 21 Jan vs 20 Feb.
        assertThat(VietnameseLunarCalendar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(VietnameseLunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
    }

    @Test
    void tet_agrees_with_icu_computed_for_vietnam_for_every_year_1990_to_2100() {
        List<String> disagreements = new ArrayList<>();
        for (int year = 1990; year <= 2100; year++) {
            LocalDate ours = VietnameseLunarCalendar.newYear(year);
            LocalDate icu = IcuVietnameseCalendar.newYear(year);
            if (!ours.equals(icu)) {
                disagreements.add(year + ": ours " + ours + ", ICU " + icu);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void hung_kings_day_is_the_tenth_day_of_the_third_lunar_month() {
        assertThat(VietnameseLunarCalendar.toSolar(2019, 3, 10)).isEqualTo(LocalDate.of(2019, 4, 14));
        assertThat(VietnameseLunarCalendar.toSolar(2023, 3, 10)).isEqualTo(LocalDate.of(2023, 4, 29));
        assertThat(VietnameseLunarCalendar.toSolar(2024, 3, 10)).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(VietnameseLunarCalendar.toSolar(2025, 3, 10)).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(VietnameseLunarCalendar.toSolar(2026, 3, 10)).isEqualTo(LocalDate.of(2026, 4, 26));
        for (int year = 1990; year <= 2100; year++) {
            assertThat(VietnameseLunarCalendar.toSolar(year, 3, 10)).as("Giỗ Tổ %d", year)
                    .isEqualTo(IcuVietnameseCalendar.toSolar(year, 3, 10));
        }
    }

    /** ICU's Chinese calendar with its astronomy done at UTC+7 (as ICU's Korean calendar does for Seoul). */
    static final class IcuVietnameseCalendar extends ChineseCalendar {
        private static final TimeZone VIETNAM = TimeZone.getTimeZone("GMT+07:00");

        private IcuVietnameseCalendar() {
            super(VIETNAM, ULocale.ROOT, -2636, VIETNAM);
        }

        static LocalDate newYear(int year) {
            return toSolar(year, 1, 1);
        }

        /** Scans the Gregorian year for the given day of a non-leap lunar month of the lunar year starting in it. */
        static LocalDate toSolar(int year, int month, int day) {
            IcuVietnameseCalendar cal = new IcuVietnameseCalendar();
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                cal.clear();
                cal.setTimeInMillis(d.atStartOfDay(ZoneOffset.ofHours(7)).toInstant().toEpochMilli() + 3_600_000);
                if (cal.get(MONTH) == month - 1 && cal.get(DAY_OF_MONTH) == day && cal.get(IS_LEAP_MONTH) == 0
                        && !(month > 10 && d.getMonthValue() < 3)) {
                    return d;
                }
            }
            throw new IllegalStateException("no " + day + "/" + month + " in " + year);
        }
    }
}
