package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;

/** A day on which the offices do not work, and why. {@code reasonKey} is a translation key. */
public record DayOff(LocalDate date, Kind kind, String reasonKey, String detail) {

    public enum Kind {
        /** Saturday, Sunday or whatever the week pattern says. */
        WEEKLY_REST,
        /** A public holiday of the Labour Code. */
        HOLIDAY,
        /** The next working day after a holiday that fell on a weekly rest day. */
        COMPENSATORY,
        /** A day off ordered by a government decision for that year. */
        DECIDED
    }
}
