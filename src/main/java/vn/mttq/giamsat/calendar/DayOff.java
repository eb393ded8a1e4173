package vn.mttq.giamsat.calendar;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

/** A day on which the offices do not work, and why. {@code reasonKey} is a translation key. */
public record DayOff(LocalDate date, Kind kind, String reasonKey, String detail) {

    /**
     * What follows the reason, in the reader's language: a compensatory day names the holiday it
     * replaces (its {@code detail} is that holiday's translation key), a decision carries free text.
     */
    public String detailIn(UnaryOperator<String> translate) {
        return kind == Kind.COMPENSATORY ? translate.apply(detail) : detail;
    }

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
