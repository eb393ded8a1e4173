package vn.mttq.giamsat.feedback;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Receipt codes a person keeps to follow a case: 12 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), about 60 bits of randomness, written in three groups ("K7QF-3MXT-9WRA").
 */
public final class ReceiptCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {
    }

    public static String next() {
        StringBuilder b = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** What a person typed, tidied: upper case, spaces dropped, dashes put back where they belong. */
    static String normalise(String typed) {
        String bare = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        if (bare.length() != 12) {
            return bare;
        }
        return bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8);
    }
}
