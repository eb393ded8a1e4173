package vn.mttq.giamsat.base.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A generated text kept by its translation key and arguments, so that it can be read in the
 * reader's language later (issue 22: notifications written in Vietnamese stayed Vietnamese in
 * English mode). The arguments are kept as they were written (names, titles, dd/MM/yyyy dates);
 * a person's own words follow as the tail, in the language they were typed. A text with no key is
 * plain: the same in every language.
 */
public record Said(String key, List<String> args, String tail) {

    /** Separates the key and the arguments, and the tail; no text the portal keeps holds them (TextPolicy). */
    private static final char UNIT = '\u001f';
    private static final char RECORD = '\u001e';
    private static final char GROUP = '\u001d';

    public static Said of(String key, Object... args) {
        List<String> kept = new ArrayList<>();
        for (Object a : args) {
            kept.add(String.valueOf(a));
        }
        return new Said(key, List.copyOf(kept), "");
    }

    /** A text that is the same in every language (a person's words, a name). */
    public static Said plain(String text) {
        return new Said("", List.of(), text);
    }

    /** This text followed by more words (" " + a person's note). */
    public Said then(String more) {
        return new Said(key, args, tail + more);
    }

    public String vi() {
        return in(Texts.VIETNAMESE);
    }

    public String in(Locale locale) {
        return (key.isEmpty() ? "" : Texts.format(locale, key, args.toArray())) + tail;
    }

    /** The form kept in a column: key, arguments and tail between separators. */
    public String kept() {
        StringBuilder out = new StringBuilder(key);
        args.forEach(a -> out.append(UNIT).append(a));
        return out.append(RECORD).append(tail).toString();
    }

    /** A kept text read back; empty when there is none or it is not one (then the stored text stands). */
    public static Optional<Said> read(@Nullable String kept) {
        if (kept == null) {
            return Optional.empty();
        }
        int end = kept.indexOf(RECORD);
        if (end < 0) {
            return Optional.empty();
        }
        List<String> parts = List.of(kept.substring(0, end).split(String.valueOf(UNIT), -1));
        return Optional.of(new Said(parts.getFirst(), parts.subList(1, parts.size()), kept.substring(end + 1)));
    }

    /** Two texts kept in one column (a notification's title and body). */
    public static String keptPair(Said first, Said second) {
        return first.kept() + GROUP + second.kept();
    }

    /** The two texts of {@link #keptPair}, if the column holds them. */
    public static Optional<List<Said>> readPair(@Nullable String kept) {
        int at = kept == null ? -1 : kept.indexOf(GROUP);
        if (at < 0) {
            return Optional.empty();
        }
        Optional<Said> first = read(kept.substring(0, at));
        Optional<Said> second = read(kept.substring(at + 1));
        return first.isPresent() && second.isPresent() ? Optional.of(List.of(first.get(), second.get())) : Optional.empty();
    }
}
