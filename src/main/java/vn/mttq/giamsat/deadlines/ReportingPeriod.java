package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One reporting period of the schedule ("HALF_YEAR" or "YEAR" of a year), with its first and last
 * day: by default 15/12 of the year before to 14/6, and to 14/12 (docs: data/catalogues.md).
 */
public record ReportingPeriod(String kind, int year, LocalDate from, LocalDate to, @Nullable LocalDate due) {

    /** A period of any days, with no report due for it. */
    public ReportingPeriod(String kind, int year, LocalDate from, LocalDate to) {
        this(kind, year, from, to, null);
    }

    /** Whether its last day has passed, so its report may be sent. */
    public boolean hasEnded(LocalDate today) {
        return today.isAfter(to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** "2026-HALF_YEAR", as periodic-report obligations name it. */
    public String code() {
        return year + "-" + kind;
    }
}
