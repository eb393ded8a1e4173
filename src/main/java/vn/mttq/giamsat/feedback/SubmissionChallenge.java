package vn.mttq.giamsat.feedback;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The public page's check that a person, not a script, is sending: a small sum written in
 * Vietnamese words ("Bảy cộng năm bằng mấy?"), answered in digits or words. It needs no
 * third-party service; the answer stays on the server (a Vaadin view keeps it), each challenge is
 * good for one attempt within {@link #LIFETIME}, and it is not accepted sooner than
 * {@link #FASTEST} after it was shown (a form filled in under three seconds is not a person).
 */
final class SubmissionChallenge {

    static final Duration LIFETIME = Duration.ofMinutes(30);
    static final Duration FASTEST = Duration.ofSeconds(3);
    private static final String[] WORDS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"};
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int first;
    private final int second;
    private final Instant shownAt;
    private boolean used;

    SubmissionChallenge(int first, int second, Instant shownAt) {
        this.first = first;
        this.second = second;
        this.shownAt = shownAt;
    }

    static SubmissionChallenge next(Instant now) {
        return new SubmissionChallenge(1 + RANDOM.nextInt(9), 1 + RANDOM.nextInt(9), now);
    }

    /** "Bảy cộng năm bằng mấy?" */
    String question() {
        String q = WORDS[first] + " cộng " + WORDS[second] + " bằng mấy?";
        return Character.toUpperCase(q.charAt(0)) + q.substring(1);
    }

    /** One attempt: right, in time, not too fast; the challenge cannot be tried again. */
    synchronized boolean accepts(String typed, Instant now) {
        if (used) {
            return false;
        }
        used = true;
        boolean inTime = !now.isBefore(shownAt.plus(FASTEST)) && now.isBefore(shownAt.plus(LIFETIME));
        return inTime && answer(typed) == first + second;
    }

    /** What was typed as a number: "12", " 12 ", "mười hai" and "Mười Hai" all mean 12; anything else is -1. */
    static int answer(String typed) {
        String t = typed == null ? "" : Normalizer.normalize(typed.strip().toLowerCase(Locale.ROOT),
                Normalizer.Form.NFC).replaceAll("\\s+", " ");
        if (t.matches("\\d{1,3}")) {
            return Integer.parseInt(t);
        }
        for (int tens = 0; tens <= 1; tens++) {
            for (int unit = 0; unit <= 9; unit++) {
                int n = tens * 10 + unit;
                if (n > 18) {
                    continue;
                }
                if (t.equals(spelled(n))) {
                    return n;
                }
            }
        }
        return -1;
    }

    private static String spelled(int n) {
        if (n <= 10) {
            return WORDS[n];
        }
        int unit = n - 10;
        return "mười " + (unit == 5 ? "lăm" : WORDS[unit]);
    }
}
