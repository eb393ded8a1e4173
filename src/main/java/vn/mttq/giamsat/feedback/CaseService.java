package vn.mttq.giamsat.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditEntry;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.deadlines.Deadline;
import vn.mttq.giamsat.deadlines.DeadlineRequest;
import vn.mttq.giamsat.deadlines.DeadlineService;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.organisation.UnitService;

/**
 * Cases from intake to closure. Who sees a case: the Front's staff of the following unit's
 * subtree, a member organisation the cases it follows; who changes it: the following unit's staff
 * and its handler. Every step is audited without the reporter's identity, which only the handler
 * and the leaders the Standing Committee names reveal, one case at a time, with a reason.
 */
@Service
public class CaseService {

    static final String SOURCE_TYPE = "feedback-case";
    static final int STANDARD_DAYS = 20;
    static final int EXTENDED_DAYS = 30;
    /** What lists show instead of an identity. */
    public static final String PROTECTED = "(được bảo vệ)";

    /** What staff record at intake; identity fields may all be empty (anonymous). */
    public record Intake(Channel channel, LocalDate receivedOn, CaseKind kind, String subjectName, String subjectPosition,
                         String subjectUnit, String content, @Nullable String reporterName, @Nullable String reporterAddress,
                         @Nullable String reporterPhone, @Nullable String reporterIdNumber) {
    }

    /** The reporter as revealed to someone allowed. */
    public record Identity(@Nullable String name, @Nullable String address, @Nullable String phone, @Nullable String idNumber) {
    }

    /** What the list shows; 0, "" and null mean "any"; {@code unit} means its subtree. */
    public record Filter(@Nullable CaseStatus status, @Nullable CaseKind kind, @Nullable Channel channel, long unit, long handler,
                         @Nullable LocalDate dueBy, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text) {
        public static Filter all() {
            return new Filter(null, null, null, 0, 0, null, null, null, null);
        }
    }

    private final FeedbackCaseRepository cases;
    private final IdentityVault vault;
    private final DataScopeService scopes;
    private final UnitService units;
    private final RecipientDirectory directory;
    private final CurrentUser currentUser;
    private final DeadlineService deadlines;
    private final WorkingCalendar calendar;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final CaseSearch search;
    private final FollowingUnits followingUnits;
    private final Clock clock = Clock.systemUTC();

    CaseService(FeedbackCaseRepository cases, IdentityVault vault, DataScopeService scopes, UnitService units,
                RecipientDirectory directory, CurrentUser currentUser, DeadlineService deadlines, WorkingCalendar calendar,
                AuditService audit, JdbcTemplate jdbc, CaseSearch search, FollowingUnits followingUnits) {
        this.cases = cases;
        this.vault = vault;
        this.scopes = scopes;
        this.units = units;
        this.directory = directory;
        this.currentUser = currentUser;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.audit = audit;
        this.jdbc = jdbc;
        this.search = search;
        this.followingUnits = followingUnits;
    }

    // ---- reading ----------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<FeedbackCase> list(Filter filter, Pageable pageable) {
        return search.find(units(filter), filter, pageable);
    }

    /** The units whose cases the person sees, narrowed to the filter's unit and its subtree when one is chosen. */
    private Collection<Long> units(Filter filter) {
        Collection<Long> units = visibleUnits();
        if (filter.unit() != 0) {
            Collection<Long> chosen = directory.branches(filter.unit()).keySet();
            units = units.stream().filter(chosen::contains).toList();
        }
        return units;
    }

    /** How many cases the list finds with this filter (up to CaseSearch.COUNT_CAP + 1). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return search.count(units(filter), filter);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FeedbackCase get(long id) {
        FeedbackCase c = cases.findById(id).orElseThrow(() -> new UserFacingException("feedback.error.not-found"));
        if (!visible(c)) {
            throw new AccessDeniedException("case " + id + " is not visible to this person");
        }
        return c;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayChange(FeedbackCase c) {
        PortalUser user = currentUser.require();
        return scopes.mayIssueFor(c.getFollowingUnitId()) || (c.getHandlerAccountId() != null && c.getHandlerAccountId() == user.accountId());
    }

    /** The case's handler, or a leader the Standing Committee named; nobody else, administrators included. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayReveal(FeedbackCase c) {
        if (c.isAnonymous()) {
            return false;
        }
        PortalUser user = currentUser.require();
        boolean handler = c.getHandlerAccountId() != null && c.getHandlerAccountId() == user.accountId();
        boolean named = Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM identity_reader WHERE account_id = ?",
                Boolean.class, user.accountId()));
        return visible(c) && (handler || named);
    }

    /**
     * Opens the reporter's identity of one case, with a reason; the reveal (not the identity) is
     * audited, and so is a refused attempt (the refusal does not roll its record back).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public Identity reveal(long id, String reason) {
        FeedbackCase c = get(id);
        if (!mayReveal(c)) {
            audit.record("IDENTITY_REVEAL_REFUSED", SOURCE_TYPE, id, c.getReceiptCode());
            throw new AccessDeniedException("only the handler and the named leaders reveal a reporter");
        }
        String why = TextPolicy.requireFilled(reason, 500, false, "feedback.error.reveal-reason");
        audit.record("IDENTITY_REVEALED", SOURCE_TYPE, id, c.getReceiptCode() + " | " + why);
        return new Identity(vault.open(c.sealedName()), vault.open(c.sealedAddress()), vault.open(c.sealedPhone()),
                vault.open(c.sealedIdNumber()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String unitName(long unitId) {
        return directory.unitName(unitId);
    }

    /** The short name for lists and choosers ("Lương Sơn"); documents use the full name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String unitShortName(long unitId) {
        return directory.unitShortName(unitId);
    }

    // ---- intake -----------------------------------------------------------------------------

    /** The Front committee suggested to follow a case about someone working in {@code subjectUnit}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> suggestFollowingUnit(@Nullable String subjectUnit) {
        return followingUnits.suggest(subjectUnit);
    }

    /**
     * Records a case that reached the Front by any channel. The following unit is the one
     * suggested from the subject's unit, or the person's own committee; choosing another than the
     * suggestion needs a reason, which the audit keeps.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public FeedbackCase record(Intake intake, @Nullable Long followingUnitId, @Nullable String unitReason) {
        Optional<Long> suggested = followingUnits.suggest(intake.subjectUnit());
        long unit = followingUnitId != null ? followingUnitId : suggested.orElse(scopes.current().rootUnitId());
        units.get(unit); // within the person's scope, or refused before anything else
        String why = "";
        if (suggested.isPresent() && suggested.get() != unit) {
            why = " | " + directory.unitName(unit) + " thay cho " + directory.unitName(suggested.get()) + ": "
                    + required(unitReason, 1000, "feedback.error.unit-reason");
        }
        FeedbackCase c = new FeedbackCase(uniqueCode(), unit, currentUser.require().username(), clock.instant());
        describe(c, intake);
        FeedbackCase saved = cases.saveAndFlush(c);
        audit.record("CASE_RECEIVED", SOURCE_TYPE, saved.getId(), saved.getReceiptCode() + " | " + saved.getKind()
                + (saved.isAnonymous() ? " | ẩn danh" : "") + asInformation(intake) + why);
        return saved;
    }

    /**
     * A case sent through the people's page: received online today by the Front at the root of
     * the tree, for its staff to classify. The page has checked who may send; no one is signed in,
     * so the audit names the page and keeps no address.
     */
    @Transactional
    FeedbackCase receiveOnline(Intake intake, String page) {
        FeedbackCase c = new FeedbackCase(uniqueCode(), directory.rootUnit(), page, clock.instant());
        describe(c, intake);
        c.receivedOnline();
        FeedbackCase saved = cases.saveAndFlush(c);
        audit.recordAs(page, "CASE_RECEIVED", SOURCE_TYPE, saved.getId(), saved.getReceiptCode() + " | " + saved.getKind()
                + " | gửi qua cổng" + (saved.isAnonymous() ? " | ẩn danh" : "") + asInformation(intake), null);
        return saved;
    }

    private void describe(FeedbackCase c, Intake in) {
        if (in.receivedOn().isAfter(LocalDate.now(PortalFormats.VIETNAM))) {
            throw new UserFacingException("feedback.error.future-date");
        }
        String content = TextPolicy.requireFilled(in.content(), FeedbackCase.CONTENT_MAX, true, "feedback.error.content");
        c.describe(in.channel(), in.receivedOn(), kindAsReceived(in), text(in.subjectName(), FeedbackCase.NAME_MAX),
                text(in.subjectPosition(), FeedbackCase.NAME_MAX), text(in.subjectUnit(), FeedbackCase.UNIT_MAX), content);
        c.sealedIdentity(vault.seal(TextPolicy.require(in.reporterName(), 200, false)),
                vault.seal(TextPolicy.require(in.reporterAddress(), 400, false)),
                vault.seal(TextPolicy.require(in.reporterPhone(), 40, false)),
                vault.seal(TextPolicy.require(in.reporterIdNumber(), 40, false)));
    }

    /**
     * Law on Denunciations 2018, art. 25(1): a denunciation without the denouncer's full name and
     * address is not handled as a denunciation; the Front records it as information (a report) and
     * follows it as such. Comments, reports and petitions may be anonymous.
     */
    private static String asInformation(Intake in) {
        return kindAsReceived(in) != in.kind() ? " | " + Texts.vi("feedback.denunciation.as-information") : "";
    }

    static CaseKind kindAsReceived(Intake in) {
        boolean unnamed = in.reporterName() == null || in.reporterName().isBlank() || in.reporterAddress() == null
                || in.reporterAddress().isBlank();
        return in.kind().isDenunciation() && unnamed ? CaseKind.REPORT : in.kind();
    }

    // ---- follow-up --------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FeedbackCase classify(long id, Collection<String> points) {
        FeedbackCase c = step(id, CaseStatus.CLASSIFIED);
        String joined = String.join(",", points.stream().map(String::strip).filter(p -> p.matches("[A-Z_]+(:[A-Z0-9-]+)?")).toList());
        if (joined.isEmpty()) {
            throw new UserFacingException("feedback.error.classification");
        }
        c.classified(joined);
        audit.record("CASE_CLASSIFIED", SOURCE_TYPE, id, joined);
        return c;
    }

    /** Hands the case to a handler of the following unit (again to change the handler). */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public FeedbackCase assign(long id, long handlerAccountId) {
        FeedbackCase c = step(id, CaseStatus.ASSIGNED);
        String name = directory.account(handlerAccountId).map(r -> r.fullName()).orElseThrow(() -> new UserFacingException("feedback.error.handler"));
        c.assigned(handlerAccountId);
        audit.record("CASE_ASSIGNED", SOURCE_TYPE, id, name);
        return c;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FeedbackCase forward(long id, String competentBody, LocalDate on) {
        FeedbackCase c = step(id, CaseStatus.FORWARDED);
        notBefore(on, c.getReceivedOn());
        c.forwarded(required(competentBody, FeedbackCase.UNIT_MAX, "feedback.error.body"), on);
        audit.record("CASE_FORWARDED", SOURCE_TYPE, id, c.getCompetentBody() + " | " + PortalFormats.date(on));
        return c;
    }

    /**
     * The competent body received the case on {@code on}: its answer is due 20 working days later,
     * or on the reply date it promised (a comment that cannot be answered at once, Decision 99).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FeedbackCase bodyReceived(long id, LocalDate on, @Nullable LocalDate promisedReply) {
        FeedbackCase c = step(id, CaseStatus.AWAITING_ANSWER);
        notBefore(on, c.getForwardedOn());
        int days = STANDARD_DAYS;
        if (promisedReply != null) {
            if (!promisedReply.isAfter(on)) {
                throw new UserFacingException("feedback.error.promise-before-receipt");
            }
            days = Math.max(1, calendar.workingDaysBetween(on, promisedReply));
        }
        Deadline d = deadlines.register(new DeadlineRequest(SOURCE_TYPE, String.valueOf(id), title(c), "phan-anh/" + id,
                c.getFollowingUnitId(), c.getHandlerAccountId(), on, days));
        c.bodyReceived(on, promisedReply, d.dueDate());
        audit.record("CASE_BODY_RECEIVED", SOURCE_TYPE, id, PortalFormats.date(on) + " -> " + PortalFormats.date(d.dueDate()));
        return c;
    }

    /** The body asked for longer on a complex case: 30 working days, with the reason recorded. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF')")
    @Transactional
    public FeedbackCase extend(long id, String reason) {
        FeedbackCase c = get(id); // the province extends for the units below it, as the engine allows
        if (!scopes.sees(c.getFollowingUnitId())) {
            throw new AccessDeniedException("outside the person's scope");
        }
        if (c.getStatus() != CaseStatus.AWAITING_ANSWER || c.getPromisedReplyOn() != null) {
            throw new UserFacingException("feedback.error.not-extendable");
        }
        c.extended(deadlines.extend(SOURCE_TYPE, String.valueOf(id), EXTENDED_DAYS, reason).dueDate());
        audit.record("CASE_EXTENDED", SOURCE_TYPE, id, reason);
        return c;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void urge(long id, @Nullable String note) {
        FeedbackCase c = changeable(id);
        if (c.getStatus() != CaseStatus.AWAITING_ANSWER) {
            throw new UserFacingException("feedback.error.not-awaiting");
        }
        deadlines.urge(SOURCE_TYPE, String.valueOf(id), note);
    }

    /** The competent body's answer: what it accepted and explained, and its reply document. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FeedbackCase answer(long id, LocalDate on, String symbol, String summary) {
        FeedbackCase c = step(id, CaseStatus.ANSWERED);
        notBefore(on, c.getBodyReceivedOn());
        c.answered(on, text(symbol, 120), required(summary, FeedbackCase.TEXT_MAX, "feedback.error.answer"));
        deadlines.met(SOURCE_TYPE, String.valueOf(id), on);
        audit.record("CASE_ANSWERED", SOURCE_TYPE, id, PortalFormats.date(on) + " | " + c.getAnswerSummary());
        return c;
    }

    /** The person was told the result (how: letter, phone, meeting, the lookup page). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FeedbackCase tell(long id, LocalDate on, String how) {
        FeedbackCase c = step(id, CaseStatus.TOLD);
        notBefore(on, c.getAnsweredOn());
        c.told(on, required(how, 300, "feedback.error.told-how"));
        audit.record("CASE_TOLD", SOURCE_TYPE, id, PortalFormats.date(on) + " | " + c.getToldHow());
        return c;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FeedbackCase close(long id) {
        FeedbackCase c = step(id, CaseStatus.CLOSED);
        c.finished(CaseStatus.CLOSED, today(), c.getCloseReason());
        audit.record("CASE_CLOSED", SOURCE_TYPE, id, c.getReceiptCode());
        return c;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FeedbackCase reject(long id, String reason) {
        FeedbackCase c = step(id, CaseStatus.REJECTED);
        c.finished(CaseStatus.REJECTED, today(), required(reason, 1000, "feedback.error.reason"));
        audit.record("CASE_REJECTED", SOURCE_TYPE, id, c.getCloseReason());
        return c;
    }

    /** Not the Front's to handle: sent to the body that is competent, with the reason. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FeedbackCase outsideCompetence(long id, String body, String reason) {
        FeedbackCase c = step(id, CaseStatus.OUTSIDE_COMPETENCE);
        c.outsideCompetence(required(body, FeedbackCase.UNIT_MAX, "feedback.error.body"), today(), required(reason, 1000, "feedback.error.reason"));
        audit.record("CASE_OUTSIDE_COMPETENCE", SOURCE_TYPE, id, c.getCompetentBody() + " | " + c.getCloseReason());
        return c;
    }

    /** The same matter as another case the person may change: this one ends, pointing to it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FeedbackCase merge(long id, long intoId) {
        FeedbackCase c = step(id, CaseStatus.MERGED);
        FeedbackCase into = changeable(intoId);
        if (into.getId().equals(c.getId()) || into.getStatus().isFinished()) {
            throw new UserFacingException("feedback.error.merge");
        }
        c.mergedInto(intoId, today());
        audit.record("CASE_MERGED", SOURCE_TYPE, id, into.getReceiptCode());
        return c;
    }

    /** {@link #merge} by the other case's receipt code, as staff read it off its page. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FeedbackCase mergeByCode(long id, String otherCode) {
        FeedbackCase into = cases.findByReceiptCode(ReceiptCodes.normalise(otherCode))
                .orElseThrow(() -> new UserFacingException("feedback.error.merge"));
        return merge(id, into.getId());
    }

    /** Who follows the case changes (a lower or higher Front), with a reason. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public FeedbackCase changeFollowingUnit(long id, long unitId, String reason) {
        FeedbackCase c = changeable(id);
        if (c.getStatus().isFinished()) {
            throw new UserFacingException("feedback.error.finished");
        }
        units.get(unitId);
        String why = required(reason, 1000, "feedback.error.reason");
        c.followedBy(unitId);
        audit.record("CASE_UNIT_CHANGED", SOURCE_TYPE, id, directory.unitName(unitId) + " | " + why);
        return c;
    }

    /** Every recorded change of the case, oldest first (who, when, what) — never an identity. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEntry> timeline(long id) {
        get(id);
        return audit.trail(SOURCE_TYPE, List.of(String.valueOf(id)));
    }

    // ---- helpers ----------------------------------------------------------------------------

    private FeedbackCase step(long id, CaseStatus next) {
        FeedbackCase c = changeable(id);
        if (!c.getStatus().mayBecome(next)) {
            throw new UserFacingException("feedback.error.transition");
        }
        return c;
    }

    FeedbackCase changeable(long id) {
        FeedbackCase c = get(id);
        if (!mayChange(c)) {
            throw new AccessDeniedException("only the following unit's staff and the handler change a case");
        }
        return c;
    }

    private Collection<Long> visibleUnits() {
        PortalUser user = currentUser.require();
        if (user.role() == Role.MEMBER_ORGANISATION) {
            return List.of(user.unitId());
        }
        return directory.branches(scopes.current().rootUnitId()).keySet();
    }

    boolean isVisible(FeedbackCase c) {
        return visible(c);
    }

    private boolean visible(FeedbackCase c) {
        PortalUser user = currentUser.require();
        if (user.role() == Role.MEMBER_ORGANISATION) {
            return c.getFollowingUnitId() == user.unitId();
        }
        return scopes.sees(c.getFollowingUnitId());
    }

    private String uniqueCode() {
        for (int i = 0; i < 5; i++) {
            String code = ReceiptCodes.next();
            if (cases.findByReceiptCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free receipt code after five tries");
    }

    private static void notBefore(LocalDate day, @Nullable LocalDate earlier) {
        if (day.isAfter(LocalDate.now(PortalFormats.VIETNAM))) {
            throw new UserFacingException("feedback.error.future-date");
        }
        if (earlier != null && day.isBefore(earlier)) {
            throw new UserFacingException("feedback.error.before", PortalFormats.date(earlier));
        }
    }

    private static String text(@Nullable String value, int max) {
        String clean = TextPolicy.require(value, max, false);
        return clean == null ? "" : clean;
    }

    private static String required(@Nullable String value, int max, String key) {
        return TextPolicy.requireFilled(value, max, true, key);
    }

    private static LocalDate today() {
        return LocalDate.now(PortalFormats.VIETNAM);
    }

    /** The deadline's title: kind and subject, never the reporter. */
    static String title(FeedbackCase c) {
        String t = "Phản ánh " + c.getReceiptCode() + ": " + (c.getSubjectName().isBlank() ? c.getSubjectUnit() : c.getSubjectName())
                + " – " + c.getContent();
        return t.length() > 250 ? t.substring(0, 249) + "…" : t;
    }
}
