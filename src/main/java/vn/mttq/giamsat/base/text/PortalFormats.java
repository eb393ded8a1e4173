package vn.mttq.giamsat.base.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Dates as Vietnamese officials write them (dd/MM/yyyy), in Vietnam's time zone. */
public final class PortalFormats {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private PortalFormats() {
    }

    public static String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(VIETNAM));
    }

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Whole numbers with the Vietnamese grouping: 1.234.567. */
    /** A count as the person reads it: "4.223" in Vietnamese, "4,223" in English (issue 22). */
    public static String number(long value) {
        return Texts.pageIsEnglish() ? String.format(Locale.UK, "%,d", value) : numberVi(value);
    }

    /** A count in a document, which is always Vietnamese whatever the page's language. */
    public static String numberVi(long value) {
        return String.format(Locale.GERMANY, "%,d", value); // same grouping mark as vi-VN, stable across JDKs
    }
}
