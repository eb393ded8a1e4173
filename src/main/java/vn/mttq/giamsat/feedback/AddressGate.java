package vn.mttq.giamsat.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One public sender at a time per address: the public pages count what an address did (sends, wrong
 * lookup codes), compare with the limit and write the new attempt; done by two requests at once, both
 * counted before either wrote, and five sends passed a limit of one more. {@link #enter} locks the
 * address's row until the caller's transaction ends, so the next request from that address counts
 * only after this one has written (callers run in READ COMMITTED, so their count sees that write).
 * Other addresses never wait. Rows older than a day are removed by {@link AddressGateCleanupJob}.
 */
@Component
class AddressGate {

    private final JdbcTemplate jdbc;

    AddressGate(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void enter(String addressKey, Instant now) {
        jdbc.update("INSERT INTO public_address_gate (address_key, touched_at) VALUES (?, ?) "
                + "ON DUPLICATE KEY UPDATE touched_at = VALUES(touched_at)", addressKey, Timestamp.from(now));
    }

    int forgetOlderThan(Instant before) {
        return jdbc.update("DELETE FROM public_address_gate WHERE touched_at < ?", Timestamp.from(before));
    }
}
