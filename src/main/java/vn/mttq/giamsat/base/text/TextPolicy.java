package vn.mttq.giamsat.base.text;

import vn.mttq.giamsat.base.errors.UserFacingException;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides what text the portal accepts (issue: one input policy). Text is
 * normalised to NFC and trimmed; it must not contain control characters (newline and tab are
 * allowed in long texts), Unicode noncharacters, lone surrogates, or bidirectional embedding,
 * override and isolate characters (U+202A–U+202E, U+2066–U+2069: "exe.fdp" shown as "pdf.exe").
 * Forms check it through {@link PortalText} with a field message; services and JPA check it again.
 */
public final class TextPolicy {

    private TextPolicy() {
    }

    /** NFC, line ends as "\n", trimmed: what is stored. Null stays null. */
    public static @Nullable String normalise(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").strip();
    }

    /**
     * Why a value is refused, as a translation key (arguments: the limit), or null when it is
     * acceptable. {@code multiline} admits newlines and tabs.
     */
    public static @Nullable String problem(@Nullable String text, int max, boolean multiline) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isSurrogate((char) c) && Character.charCount(c) == 1) {
                return "text.error.invalid-character";
            }
            if (isBidiControl(c)) {
                return "text.error.bidi";
            }
            if (isNoncharacter(c)) {
                return "text.error.invalid-character";
            }
            if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\t'))) {
                return multiline ? "text.error.control" : "text.error.control-single-line";
            }
            i += Character.charCount(c);
        }
        if (text.codePointCount(0, text.length()) > max) {
            return "text.error.too-long";
        }
        return null;
    }

    /** Refuses a value the policy does not accept, in the service (which must not trust the form). */
    public static @Nullable String require(@Nullable String text, int max, boolean multiline) {
        String value = normalise(text);
        String problem = problem(value, max, multiline);
        if (problem != null) {
            throw new UserFacingException(problem, max);
        }
        return value;
    }

    /** {@link #require}, and refused with {@code emptyKey} when nothing is left but spaces. */
    public static String requireFilled(@Nullable String text, int max, boolean multiline, String emptyKey) {
        String value = require(text, max, multiline);
        if (value == null || value.isBlank()) {
            throw new UserFacingException(emptyKey);
        }
        return value;
    }

    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    static boolean isNoncharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }
}
