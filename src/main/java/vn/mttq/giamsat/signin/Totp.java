package vn.mttq.giamsat.signin;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, what every
 * authenticator app reads from an otpauth URI), computed by java-otp. A code of the step before
 * or after is accepted too, for a phone whose clock is a little off.
 */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final int SECRET_BYTES = 20; // 160 bits, as RFC 4226 recommends
    private static final Base32 BASE32 = new Base32();

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP);
    private final SecureRandom random = new SecureRandom();

    String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return BASE32.encodeAsString(secret).replace("=", "");
    }

    /** The address an authenticator app takes from the QR code. */
    static String uri(String issuer, String account, String secret) {
        String label = enc(issuer) + ":" + enc(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + enc(issuer) + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The time step the code belongs to (now, one before or one after), if it is right. */
    OptionalLong matchingStep(String secret, String code, Instant now) {
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        SecretKeySpec key = new SecretKeySpec(BASE32.decode(secret), generator.getAlgorithm());
        long step = now.getEpochSecond() / STEP.toSeconds();
        for (long s = step - 1; s <= step + 1; s++) {
            try {
                if (generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(s * STEP.toSeconds())).equals(digits)) {
                    return OptionalLong.of(s);
                }
            } catch (InvalidKeyException e) {
                throw new IllegalStateException("a stored second-factor secret is unusable", e);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of the current step (tests and the demo's command-line hint use it). */
    String codeAt(String secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(BASE32.decode(secret), generator.getAlgorithm()), at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
