package vn.mttq.giamsat.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.UserFacingException;

/**
 * The public receipt-code lookup (tra-cuu): the state and its dates, and the answer once the
 * person has been told it; nothing else (no subject, content, unit or identity). Wrong codes are
 * counted per address: after {@link #WRONG_CODES_ALLOWED} in {@link #WINDOW} that address is
 * refused until the window passes, so codes cannot be guessed by trying.
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

    private record Misses(Instant since, int count) {
    }

    private final FeedbackCaseRepository cases;
    private final Map<String, Misses> misses = new ConcurrentHashMap<>();
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    CaseLookup(FeedbackCaseRepository cases) {
        this(cases, Clock.systemUTC());
    }

    CaseLookup(FeedbackCaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Status> find(String typedCode, String clientAddress) {
        Instant now = clock.instant();
        Misses m = misses.get(clientAddress);
        if (m != null && m.count() >= WRONG_CODES_ALLOWED && m.since().plus(WINDOW).isAfter(now)) {
            throw new UserFacingException("feedback.lookup.too-many", WINDOW.toMinutes());
        }
        Optional<Status> found = cases.findByReceiptCode(ReceiptCodes.normalise(typedCode)).map(CaseLookup::status);
        if (found.isEmpty()) {
            misses.compute(clientAddress, (k, old) -> old == null || old.since().plus(WINDOW).isBefore(now)
                    ? new Misses(now, 1) : new Misses(old.since(), old.count() + 1));
            if (misses.size() > 100_000) {
                misses.entrySet().removeIf(e -> e.getValue().since().plus(WINDOW).isBefore(now)); // keep the map small
            }
        }
        return found;
    }

    private static Status status(FeedbackCase c) {
        boolean told = c.getToldOn() != null;
        return new Status(c.getReceiptCode(), c.getStatus(), c.getReceivedOn(), c.getForwardedOn(), c.getAnsweredOn(), c.getToldOn(),
                c.getClosedOn(), told ? c.getAnswerSummary() : null);
    }
}
