package vn.mttq.giamsat.organisation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whatever was typed into the sign-in form's username, made safe to look up and to store:
 * usernames are ASCII of at most 64 characters (the account table's column), so anything else
 * cannot name an account, yet every attempt must still reach the audit log.
 */
final class SignInName {

    static final int MAX = 64;

    private SignInName() {
    }

    /** Trimmed, lower-case; null when it cannot be an account's username (no database look-up then). */
    static String lookupKey(String typed) {
        String key = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return key.length() <= MAX && key.chars().allMatch(c -> c >= 0x21 && c < 0x7f) ? key : null;
    }

    /**
     * For the audit log and the failure count: NFC, control and format characters removed, cut to
     * 64; letters outside ASCII become '?' where the column holds ASCII only.
     */
    static String forStorage(String typed, boolean asciiOnly) {
        String text = Normalizer.normalize(typed == null ? "" : typed.strip(), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                return;
            }
            out.appendCodePoint(asciiOnly && (c < 0x20 || c >= 0x7f) ? '?' : c);
        });
        String cleaned = out.isEmpty() ? "?" : out.toString();
        return cleaned.codePointCount(0, cleaned.length()) <= MAX ? cleaned
                : cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX));
    }
}
