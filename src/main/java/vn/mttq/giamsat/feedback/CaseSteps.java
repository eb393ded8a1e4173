package vn.mttq.giamsat.feedback;

import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.deadlines.Deadline;
import vn.mttq.giamsat.deadlines.DeadlineRequest;
import vn.mttq.giamsat.deadlines.DeadlineService;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.organisation.UnitService;

import static vn.mttq.giamsat.feedback.CaseService.EXTENDED_DAYS;
import static vn.mttq.giamsat.feedback.CaseService.SOURCE_TYPE;
import static vn.mttq.giamsat.feedback.CaseService.STANDARD_DAYS;
import static vn.mttq.giamsat.feedback.CaseService.title;
import static vn.mttq.giamsat.feedback.CaseService.required;
import static vn.mttq.giamsat.feedback.CaseService.text;

/**
 * A case's steps from classification to closure, and its side exits (outside competence,
 * rejected, merged), each audited: the competent body's deadline under the engine, urging,
 * extension, a change of the following unit. Only the following unit's staff and the handler
 * take a step ({@link CaseService#changeable}).
 */
@Service
public class CaseSteps {

    private final CaseService reading;
    private final FeedbackCaseRepository cases;
    private final DataScopeService scopes;
    private final UnitService units;
    private final RecipientDirectory directory;
    private final DeadlineService deadlines;
    private final WorkingCalendar calendar;
    private final AuditService audit;

    CaseSteps(CaseService reading, FeedbackCaseRepository cases, DataScopeService scopes, UnitService units, RecipientDirectory directory,
              DeadlineService deadlines, WorkingCalendar calendar, AuditService audit) {
        this.reading = reading;
        this.cases = cases;
        this.scopes = scopes;
        this.units = units;
        this.directory = directory;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.audit = audit;
    }

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
        FeedbackCase c = reading.get(id); // the province extends for the units below it, as the engine allows
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
        FeedbackCase c = reading.changeable(id);
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
        FeedbackCase into = reading.changeable(intoId);
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
        FeedbackCase c = reading.changeable(id);
        if (c.getStatus().isFinished()) {
            throw new UserFacingException("feedback.error.finished");
        }
        units.get(unitId);
        String why = required(reason, 1000, "feedback.error.reason");
        c.followedBy(unitId);
        audit.record("CASE_UNIT_CHANGED", SOURCE_TYPE, id, directory.unitName(unitId) + " | " + why);
        return c;
    }

    private FeedbackCase step(long id, CaseStatus next) {
        FeedbackCase c = reading.changeable(id);
        if (!c.getStatus().mayBecome(next)) {
            throw new UserFacingException("feedback.error.transition");
        }
        return c;
    }

    private static void notBefore(LocalDate day, @Nullable LocalDate earlier) {
        if (day.isAfter(LocalDate.now(PortalFormats.VIETNAM))) {
            throw new UserFacingException("feedback.error.future-date");
        }
        if (earlier != null && day.isBefore(earlier)) {
            throw new UserFacingException("feedback.error.before", PortalFormats.date(earlier));
        }
    }

    private static LocalDate today() {
        return LocalDate.now(PortalFormats.VIETNAM);
    }
}
