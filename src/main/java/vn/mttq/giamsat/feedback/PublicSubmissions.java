package vn.mttq.giamsat.feedback;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.attachments.AttachmentService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.infra.FeedKeys;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.TextPolicy;

/**
 * The people's submission page (gui-y-kien), behind the page: open only while an administrator
 * keeps it open; a person-check ({@link SubmissionChallenge}); a limit of submissions per address
 * per hour and per day, counted in the database so every node agrees (the address kept only as a
 * keyed hash); text under the input policy and without markup (nothing typed here is ever shown as
 * HTML, and text that looks like it is refused rather than kept); a few files of the kinds the
 * attachments component accepts, each under the page's own size limit. Everything is one
 * transaction: a refusal, at any point, stores nothing (files included).
 */
@Service
public class PublicSubmissions {

    /** The page's name in the audit log and as the case's creator. */
    public static final String PAGE = "gui-y-kien";
    static final int CONTENT_MAX = 5000;
    private static final Pattern MARKUP = Pattern.compile("(?i)<\\s*[a-z!/?]|javascript\\s*:|&#?[a-z0-9]+;");

    /** What a person sends; identity fields may all be empty. */
    public record Submission(CaseKind kind, String subjectName, String subjectPosition, String subjectUnit, String content,
                             @Nullable String name, @Nullable String address, @Nullable String phone, @Nullable String idNumber) {
    }

    /** A file as the browser sent it. */
    public record SentFile(String name, byte[] bytes) {
    }

    private final SubmissionSettings settings;
    private final CaseIntake cases;
    private final AttachmentService attachments;
    private final FeedKeys keys;
    private final JdbcTemplate jdbc;
    private final AddressGate gate;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    PublicSubmissions(SubmissionSettings settings, CaseIntake cases, AttachmentService attachments, FeedKeys keys, JdbcTemplate jdbc,
                      AddressGate gate, ApplicationEventPublisher events) {
        this(settings, cases, attachments, keys, jdbc, gate, events, Clock.systemUTC());
    }

    PublicSubmissions(SubmissionSettings settings, CaseIntake cases, AttachmentService attachments, FeedKeys keys, JdbcTemplate jdbc,
                      AddressGate gate, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.settings = settings;
        this.cases = cases;
        this.attachments = attachments;
        this.keys = keys;
        this.jdbc = jdbc;
        this.gate = gate;
        this.clock = clock;
    }

    public boolean open() {
        return settings.current().enabled();
    }

    /** A new person-check for a page that is shown (told in-process, e.g. to a test journey that plays the person). */
    SubmissionChallenge challenge() {
        SubmissionChallenge next = SubmissionChallenge.next(clock.instant());
        events.publishEvent(new ChallengeShown(next.question()));
        return next;
    }

    /** A person-check was drawn for a page: its question as text, never sent to the browser. */
    public record ChallengeShown(String question) {
    }

    /**
     * Records the submission as a case received online and returns its receipt code, or refuses and stores
     * nothing. Sends from one address are counted one after another ({@link AddressGate}).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public String submit(Submission s, List<SentFile> files, SubmissionChallenge challenge, String answer, String clientAddress) {
        SubmissionSettings.Settings limits = settings.current();
        if (!limits.enabled()) {
            throw new UserFacingException("feedback.public.closed");
        }
        Instant now = clock.instant();
        if (!challenge.accepts(answer, now)) {
            throw new UserFacingException("feedback.public.error.challenge");
        }
        String address = keys.key(PAGE + ":" + clientAddress, 0);
        gate.enter(address, now);
        if (sentSince(address, now.minus(Duration.ofHours(1))) >= limits.perAddressHour()
                || sentSince(address, now.minus(Duration.ofDays(1))) >= limits.perAddressDay()) {
            throw new UserFacingException("feedback.public.error.too-many", limits.perAddressHour(), limits.perAddressDay());
        }
        for (String text : new String[] {s.subjectName(), s.subjectPosition(), s.subjectUnit(), s.content(), s.name(), s.address(),
                s.phone(), s.idNumber()}) {
            if (text != null && MARKUP.matcher(text).find()) {
                throw new UserFacingException("feedback.public.error.markup");
            }
        }
        String content = TextPolicy.requireFilled(s.content(), CONTENT_MAX, true, "feedback.error.content");
        if (files.size() > limits.maxFiles()) {
            throw new UserFacingException("feedback.public.error.files", limits.maxFiles());
        }
        FeedbackCase c = cases.receiveOnline(new CaseService.Intake(Channel.ONLINE, LocalDate.now(PortalFormats.VIETNAM), s.kind(),
                s.subjectName(), s.subjectPosition(), s.subjectUnit(), content, s.name(), s.address(), s.phone(), s.idNumber()), PAGE);
        for (SentFile f : files) {
            attachments.attachSubmitted(CaseService.SOURCE_TYPE, String.valueOf(c.getId()), c.getFollowingUnitId(), f.name(),
                    new ByteArrayInputStream(f.bytes()), limits.maxFileMegabytes() * 1024L * 1024L, PAGE);
        }
        jdbc.update("DELETE FROM public_submission WHERE submitted_at < ?", Timestamp.from(now.minus(Duration.ofDays(1))));
        jdbc.update("INSERT INTO public_submission (address_key, submitted_at) VALUES (?, ?)", address, Timestamp.from(now));
        return c.getReceiptCode();
    }

    private int sentSince(String address, Instant since) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM public_submission WHERE address_key = ? AND submitted_at > ?", Integer.class,
                address, Timestamp.from(since));
    }
}
