package vn.mttq.giamsat.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar, computed astronomically for Vietnam's time zone (UTC+7).
 * Because China computes at UTC+8, Tết and the Chinese New Year fall on different days in some
 * years (e.g. 1985, 2007). Method: the new-moon and solar-longitude formulas of Jean Meeus,
 * "Astronomical Algorithms", as arranged for the Vietnamese calendar by Hồ Ngọc Đức
 * ("Thuật toán tính âm lịch"): the 11th month contains the winter solstice, and in a 13-month
 * year the first month without a major solar term is the leap month.
 */
final class VietnameseLunarCalendar {

    static final double VIETNAM_TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double JD_1900_NEW_MOON = 2415021.076998695;
    private static final long JD_OF_EPOCH_DAY_0 = 2440588; // Julian day number of 1970-01-01

    private VietnameseLunarCalendar() {
    }

    /** Mùng 1 Tết: the first day of the first lunar month of the lunar year that starts in {@code year}. */
    static LocalDate newYear(int year) {
        return toSolar(year, 1, 1);
    }

    /** The solar date of a day in a (non-leap) lunar month of the lunar year starting in {@code lunarYear}. */
    static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay) {
        double tz = VIETNAM_TIME_ZONE;
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1, tz);
            b11 = lunarMonth11(lunarYear, tz);
        } else {
            a11 = lunarMonth11(lunarYear, tz);
            b11 = lunarMonth11(lunarYear + 1, tz);
        }
        int k = (int) Math.floor(0.5 + (a11 - JD_1900_NEW_MOON) / SYNODIC_MONTH);
        int offset = lunarMonth - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11, tz);
            if (offset >= leapOffset) {
                offset += 1;
            }
        }
        long monthStart = newMoonDay(k + offset, tz);
        return fromJulianDay(monthStart + lunarDay - 1);
    }

    static long julianDay(LocalDate date) {
        return date.toEpochDay() + JD_OF_EPOCH_DAY_0;
    }

    static LocalDate fromJulianDay(long jd) {
        return LocalDate.ofEpochDay(jd - JD_OF_EPOCH_DAY_0);
    }

    /** Time of the k-th new moon after 1 Jan 1900, as a Julian day (Meeus, ch. 49, simplified). */
    private static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m)
                - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr)
                - 0.0004 * Math.sin(dr * 3 * mpr)
                + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr))
                - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m))
                - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr))
                + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** The local day (Julian day number) on which the k-th new moon falls. */
    private static long newMoonDay(int k, double tz) {
        return (long) Math.floor(newMoon(k) + 0.5 + tz / 24);
    }

    /** Solar longitude at a Julian day, in radians 0..2π (Meeus, ch. 25, low precision). */
    private static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m)
                + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    /** Which of the 12 major solar terms (0..11) the sun is in at the start of a local day. */
    private static int solarTerm(long dayNumber, double tz) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - tz / 24) / Math.PI * 6);
    }

    /** The first day of the 11th lunar month (the one containing the winter solstice) of a year. */
    private static long lunarMonth11(int year, double tz) {
        double off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        int k = (int) Math.floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k, tz);
        if (solarTerm(nm, tz) >= 9) {
            nm = newMoonDay(k - 1, tz);
        }
        return nm;
    }

    /** Months after the 11th month until the first one without a major solar term (the leap month). */
    private static int leapMonthOffset(long a11, double tz) {
        int k = (int) Math.floor((a11 - JD_1900_NEW_MOON) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = solarTerm(newMoonDay(k + i, tz), tz);
        int last;
        do {
            last = arc;
            i++;
            arc = solarTerm(newMoonDay(k + i, tz), tz);
        } while (arc != last && i < 14);
        return i - 1;
    }
}
