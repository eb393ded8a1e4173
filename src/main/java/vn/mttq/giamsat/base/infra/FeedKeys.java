package vn.mttq.giamsat.base.infra;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Keys in the address of a calendar feed, so that a calendar application (which signs in to
 * nothing) can subscribe to one unit's feed and nobody can guess another's. The key is an HMAC
 * of the feed's name and unit with a secret made once and kept in the database, so every node of
 * the portal gives and accepts the same key; changing the secret (deleting its row) revokes all.
 */
@Service
public class FeedKeys {

    private final JdbcTemplate jdbc;

    FeedKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit id as a feed's address gives it: digits that fit an id, else nothing (the feed answers 404). */
    public static OptionalLong unitId(String text) {
        if (!text.matches("\\d{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(text));
    }

    public String key(String feed, long unitId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] sum = mac.doFinal((feed + ":" + unitId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sum, 18));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(String feed, long unitId, String key) {
        return key != null && MessageDigest.isEqual(key(feed, unitId).getBytes(StandardCharsets.US_ASCII),
                key.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] secret() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // the first node to need it makes it; INSERT IGNORE keeps the one already there
        jdbc.update("INSERT IGNORE INTO feed_secret (id, secret) VALUES (1, ?)", Base64.getEncoder().encodeToString(fresh));
        return Base64.getDecoder().decode(jdbc.queryForObject("SELECT secret FROM feed_secret WHERE id = 1", String.class));
    }
}
