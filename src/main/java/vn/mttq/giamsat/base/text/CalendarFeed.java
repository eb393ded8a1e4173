package vn.mttq.giamsat.base.text;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * The portal's iCalendar writer (RFC 5545) for every feed: days off today, supervision sessions
 * and trainings later. ical4j escapes text (backslash, semicolon, comma, line breaks, never a bare
 * CR) and folds lines at 75 octets; text first passes through {@link OutputText}.
 */
public final class CalendarFeed {

    private final Calendar calendar = new Calendar();
    private final Instant stamp;

    public CalendarFeed(String name, Instant stamp) {
        this.stamp = stamp;
        calendar.add(new ProdId("-//MTTQ//Giam sat 124//VI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", OutputText.line(name)));
    }

    /** A whole-day event that does not make the reader busy (a day off, a deadline). */
    public CalendarFeed allDay(String uid, LocalDate date, String summary) {
        VEvent event = new VEvent(date, date.plusDays(1), OutputText.line(summary));
        event.add(new Uid(OutputText.line(uid)));
        event.replace(new DtStamp(stamp)); // the constructor stamps "now"; a feed is stable for the same data
        event.add(ImmutableTransp.TRANSPARENT);
        calendar.add(event);
        return this;
    }

    /**
     * An event at a time of day in Vietnam's time (UTC+7, no daylight saving), written in UTC so
     * that every calendar application places it right without a time-zone definition.
     */
    public CalendarFeed timed(String uid, LocalDateTime start, Duration length, String summary,
                              @Nullable String location, @Nullable String description) {
        Instant from = start.atZone(PortalFormats.VIETNAM).toInstant();
        VEvent event = new VEvent(from, from.plus(length), OutputText.line(summary));
        event.add(new Uid(OutputText.line(uid)));
        event.replace(new DtStamp(stamp));
        if (location != null && !location.isBlank()) {
            event.add(new Location(OutputText.line(location)));
        }
        if (description != null && !description.isBlank()) {
            event.add(new Description(OutputText.clean(description)));
        }
        calendar.add(event);
        return this;
    }

    public String write() {
        StringWriter out = new StringWriter();
        try {
            // ical4j folds by characters; Vietnamese takes 2-3 octets a letter, so fold here by octets
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder folded = new StringBuilder();
        for (String line : out.toString().split("\r\n")) {
            fold(line, folded);
        }
        return folded.toString();
    }

    /** RFC 5545 3.1: lines of at most 75 octets, continued after CRLF and a space; never inside a character. */
    static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            int width = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(c);
            octets += width;
            i += Character.charCount(c);
        }
        out.append("\r\n");
    }
}
