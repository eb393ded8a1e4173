package vn.mttq.giamsat.base.text;

import vn.mttq.giamsat.base.errors.UserFacingException;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The years the portal works in: its working calendar knows the holidays of 1990–2100 (lunar new year
 * and Hùng Kings' day are computed for those years), so no date a person records, and no period an
 * outside system asks for, lies outside them. A year typed as 20266 or 0202 is refused here, not
 * stored to break a calendar, a deadline or a report later.
 */
public final class PortalYears {

    public static final int FIRST = 1990;
    public static final int LAST = 2100;

    private PortalYears() {
    }

    public static boolean contains(int year) {
        return year >= FIRST && year <= LAST;
    }

    /** Refuses (nothing saved) when any given date lies outside the portal's years; absent dates are not checked. */
    public static void require(@Nullable LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null && !contains(date.getYear())) {
                throw new UserFacingException("error.date.years", FIRST, LAST);
            }
        }
    }
}
