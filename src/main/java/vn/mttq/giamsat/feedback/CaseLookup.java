package vn.mttq.giamsat.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.infra.FeedKeys;

/**
 * The public receipt-code lookup (tra-cuu): the state and its dates, and the answer once the
 * person has been told it; nothing else (no subject, content, unit or identity). Wrong codes are
 * counted per address in the database (every node agrees; the address kept only as a keyed hash):
 * after {@link #WRONG_CODES_ALLOWED} in {@link #WINDOW} that address is refused until the window
 * passes, so codes cannot be guessed by trying.
 */
@Service
public class CaseLookup {

    static final int WRONG_CODES_ALLOWED = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** What the lookup shows. */
    public record Status(String receiptCode, CaseStatus status, LocalDate receivedOn, @Nullable LocalDate forwardedOn,
                         @Nullable LocalDate answeredOn, @Nullable LocalDate toldOn, @Nullable LocalDate closedOn,
                         @Nullable String answer) {
    }

    private final FeedbackCaseRepository cases;
    private final FeedKeys keys;
    private final JdbcTemplate jdbc;
    private final AddressGate gate;
    private final Clock clock = Clock.systemUTC();

    CaseLookup(FeedbackCaseRepository cases, FeedKeys keys, JdbcTemplate jdbc, AddressGate gate) {
        this.cases = cases;
        this.keys = keys;
        this.jdbc = jdbc;
        this.gate = gate;
    }

    /** The case's state, or empty for a wrong code; wrong codes from one address are counted one after another. */
    @Transactional(noRollbackFor = UserFacingException.class, isolation = Isolation.READ_COMMITTED)
    public Optional<Status> find(String typedCode, String clientAddress) {
        Instant now = clock.instant();
        String address = keys.key("tra-cuu:" + clientAddress, 0);
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        gate.enter(address, now);
        Integer missed = jdbc.queryForObject("SELECT COUNT(*) FROM public_lookup_miss WHERE address_key = ? AND missed_at > ?",
                Integer.class, address, since);
        if (missed != null && missed >= WRONG_CODES_ALLOWED) {
            throw new UserFacingException("feedback.lookup.too-many", WINDOW.toMinutes());
        }
        Optional<Status> found = cases.findByReceiptCode(ReceiptCodes.normalise(typedCode)).map(CaseLookup::status);
        if (found.isEmpty()) {
            jdbc.update("DELETE FROM public_lookup_miss WHERE missed_at < ?", since); // keep the table small
            jdbc.update("INSERT INTO public_lookup_miss (address_key, missed_at) VALUES (?, ?)", address, Timestamp.from(now));
        }
        return found;
    }

    private static Status status(FeedbackCase c) {
        boolean told = c.getToldOn() != null;
        return new Status(c.getReceiptCode(), c.getStatus(), c.getReceivedOn(), c.getForwardedOn(), c.getAnsweredOn(), c.getToldOn(),
                c.getClosedOn(), told ? c.getAnswerSummary() : null);
    }
}
