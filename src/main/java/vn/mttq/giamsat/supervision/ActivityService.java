package vn.mttq.giamsat.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
import vn.mttq.giamsat.base.text.PortalYears;
import vn.mttq.giamsat.base.text.SearchText;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.organisation.UnitService;
import vn.mttq.giamsat.register.DocumentRegister;
import vn.mttq.giamsat.register.IssuedDocument;

/**
 * Supervision activities: who may see them (Front staff in the unit's scope; a member
 * organisation only those its people sit in), who may change them (the carrying unit's staff),
 * and the allowed steps of their life. Findings are read by Front staff only.
 */
@Service
public class ActivityService {

    public static final String SOURCE_TYPE = "supervision";
    /** Decree 30 abbreviates "Báo cáo" as BC. */
    static final String REPORT_KIND = "BC";
    /** The form that needs a delegation with a head before it starts. */
    static final String DELEGATION_FORM = "DOAN-GS";

    /** What the activity list shows; 0, "" and null mean "any". */
    public record Filter(String form, @Nullable ActivityStatus status, long unitId, @Nullable SubjectCategory category,
                         @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text) {
        public static Filter all() {
            return new Filter("", null, 0, null, null, null, null);
        }
    }

    public record SubjectInput(Subject.Kind kind, String name, String position, String organisation, @Nullable SubjectCategory category) {
    }

    public record MemberInput(long unitId, String fullName, String position, DelegationRole role) {
    }

    /** A working session with its activity, for calendars. */
    public record CalendarEntry(WorkingSession session, Activity activity) {
    }

    private final ActivityRepository activities;
    private final SubjectRepository subjects;
    private final DelegationMemberRepository members;
    private final WorkingSessionRepository sessions;
    private final FindingRepository findings;
    private final RecommendationRepository recommendations;
    private final DataScopeService scopes;
    private final UnitService units;
    private final RecipientDirectory directory;
    private final CurrentUser currentUser;
    private final DocumentRegister register;
    private final AuditService audit;
    private final Clock clock = Clock.systemUTC();

    ActivityService(ActivityRepository activities, SubjectRepository subjects, DelegationMemberRepository members,
                    WorkingSessionRepository sessions, FindingRepository findings, RecommendationRepository recommendations,
                    DataScopeService scopes, UnitService units, RecipientDirectory directory, CurrentUser currentUser,
                    DocumentRegister register, AuditService audit) {
        this.activities = activities;
        this.subjects = subjects;
        this.members = members;
        this.sessions = sessions;
        this.findings = findings;
        this.recommendations = recommendations;
        this.scopes = scopes;
        this.units = units;
        this.directory = directory;
        this.currentUser = currentUser;
        this.register = register;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<Activity> list(Filter filter, Pageable pageable) {
        PortalUser user = currentUser.require();
        long memberUnit = user.role() == Role.MEMBER_ORGANISATION ? user.unitId() : 0;
        return activities.visible(scopes.current().pathPrefix(), memberUnit, filter.form() == null ? "" : filter.form(),
                filter.status(), filter.unitId(), filter.category(),
                filter.from() == null ? LocalDate.of(1000, 1, 1) : filter.from(),
                filter.to() == null ? LocalDate.of(9999, 12, 31) : filter.to(), SearchText.contains(filter.text()), pageable);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Activity get(long id) {
        Activity activity = activities.findById(id).orElseThrow(() -> new UserFacingException("supervision.error.not-found"));
        if (!visible(activity)) {
            throw new AccessDeniedException("supervision " + id + " is not visible to this person");
        }
        return activity;
    }

    /** Whether the signed-in person may read the activity (an answer, not a refusal). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isVisible(long id) {
        return activities.findById(id).map(this::visible).orElse(false);
    }

    /** Front staff of the activity's scope read its findings and recommendations; delegation members from member organisations do not. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean readsFindings(Activity activity) {
        return currentUser.require().role() != Role.MEMBER_ORGANISATION && scopes.sees(activity.getUnitId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayEdit(Activity activity) {
        return scopes.mayIssueFor(activity.getUnitId());
    }

    /** The unit in whose name the person records a new activity: the province's committee for its staff, a district's own. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> carryingUnit() {
        PortalUser user = currentUser.require();
        return switch (user.role()) {
            case ADMIN, LEADER, DEPARTMENT_STAFF -> Optional.of(scopes.current().rootUnitId());
            case DISTRICT_STAFF -> Optional.of(user.unitId());
            case MEMBER_ORGANISATION -> Optional.empty();
        };
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

    /** Units to filter the list by: the top of the person's scope and the units directly below it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> unitChoices() {
        return directory.unitAndDirectSubUnits(scopes.current().rootUnitId());
    }

    /** Units whose people may sit in a delegation of this activity: the Front unit, its departments and member organisations, and its sub-units. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> delegationUnits(Activity activity) {
        return directory.unitAndDirectSubUnits(activity.getUnitId());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Activity create(long unitId, String formCode, String title, LocalDate from, LocalDate to) {
        units.get(unitId);
        requireEditor(unitId);
        Activity activity = new Activity(unitId, currentUser.require().username(), clock.instant());
        activity.setFormCode(formCode);
        activity.setTitle(TextPolicy.require(title, Activity.TITLE_MAX, false));
        activity.setPeriodFrom(from);
        activity.setPeriodTo(to);
        validate(activity);
        Activity saved = activities.saveAndFlush(activity);
        audit.record("SUPERVISION_CREATED", SOURCE_TYPE, saved.getId(), saved.getTitle());
        return saved;
    }

    /** Saves what the page edits (title, form, basis, period, task, content points, addressee); @Version detects a second editor. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Activity save(Activity activity) {
        Activity stored = editable(activity.getId());
        if (stored.getStatus() == ActivityStatus.CLOSED || stored.getStatus() == ActivityStatus.CANCELLED) {
            throw new UserFacingException("supervision.error.finished");
        }
        validate(activity);
        for (WorkingSession s : sessions.findByActivityIdOrderByHeldOnAscStartsAtAsc(stored.getId())) {
            if (!activity.covers(s.getHeldOn())) {
                throw new UserFacingException("supervision.error.session-outside-period");
            }
        }
        Activity saved = activities.saveAndFlush(activity);
        audit.record("SUPERVISION_SAVED", SOURCE_TYPE, saved.getId(), saved.getTitle());
        return saved;
    }

    private void validate(Activity activity) {
        if (activity.getTitle().isBlank()) {
            throw new UserFacingException("supervision.error.title");
        }
        if (activity.getFormCode().isBlank()) {
            throw new UserFacingException("supervision.error.form");
        }
        PortalYears.require(activity.getPeriodFrom(), activity.getPeriodTo());
        if (activity.getPeriodTo().isBefore(activity.getPeriodFrom())) {
            throw new UserFacingException("supervision.error.period");
        }
    }

    // ---- subjects -------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Subject> subjects(long activityId) {
        get(activityId);
        return subjects.findByActivityIdOrderById(activityId);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Subject addSubject(long activityId, SubjectInput input) {
        Activity activity = workable(activityId);
        String name = TextPolicy.requireFilled(input.name(), Subject.NAME_MAX, false, "supervision.error.subject-name");
        if (input.kind() == Subject.Kind.PERSON && input.category() == null) {
            throw new UserFacingException("supervision.error.subject-category");
        }
        Subject subject = subjects.save(new Subject(activity.getId(), input.kind(), name,
                orEmpty(TextPolicy.require(input.position(), Subject.NAME_MAX, false)),
                orEmpty(TextPolicy.require(input.organisation(), Subject.ORGANISATION_MAX, false)), input.category()));
        audit.record("SUPERVISION_SUBJECT_ADDED", SOURCE_TYPE, activityId, subject.label());
        return subject;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public void removeSubject(long activityId, long subjectId) {
        workable(activityId);
        Subject subject = subjects.findById(subjectId).filter(s -> s.getActivityId() == activityId)
                .orElseThrow(() -> new UserFacingException("supervision.error.not-found"));
        boolean referenced = findings.findByActivityIdOrderById(activityId).stream().anyMatch(f -> subjectId == orZero(f.getSubjectId()))
                || recommendations.findByActivityIdOrderById(activityId).stream().anyMatch(r -> subjectId == orZero(r.getSubjectId()));
        if (referenced) {
            throw new UserFacingException("supervision.error.subject-in-use");
        }
        subjects.delete(subject);
        audit.record("SUPERVISION_SUBJECT_REMOVED", SOURCE_TYPE, activityId, subject.label());
    }

    // ---- delegation -----------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DelegationMember> delegation(long activityId) {
        get(activityId);
        return members.findByActivityIdOrderById(activityId);
    }

    /** Replaces the delegation; refused unless it has exactly one head. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public List<DelegationMember> setDelegation(long activityId, List<MemberInput> input) {
        Activity activity = workable(activityId);
        long heads = input.stream().filter(m -> m.role() == DelegationRole.HEAD).count();
        if (heads == 0) {
            throw new UserFacingException("supervision.error.no-head");
        }
        if (heads > 1) {
            throw new UserFacingException("supervision.error.two-heads");
        }
        List<DelegationMember> out = new ArrayList<>();
        members.deleteByActivityId(activityId);
        members.flush();
        for (MemberInput m : input) {
            String name = TextPolicy.requireFilled(m.fullName(), DelegationMember.NAME_MAX, false, "supervision.error.member-name");
            directory.unitName(m.unitId()); // the unit must exist
            out.add(members.save(new DelegationMember(activity.getId(), m.unitId(), name,
                    orEmpty(TextPolicy.require(m.position(), DelegationMember.NAME_MAX, false)), m.role())));
        }
        audit.record("SUPERVISION_DELEGATION_SET", SOURCE_TYPE, activityId, out.size() + " | "
                + String.join(", ", out.stream().map(DelegationMember::getFullName).toList()));
        return out;
    }

    // ---- sessions -------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkingSession> sessions(long activityId) {
        get(activityId);
        return sessions.findByActivityIdOrderByHeldOnAscStartsAtAsc(activityId);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public WorkingSession addSession(long activityId, LocalDate heldOn, @Nullable LocalTime startsAt, String place,
                                     String attendees, String notes) {
        Activity activity = workable(activityId);
        if (!activity.covers(heldOn)) {
            throw new UserFacingException("supervision.error.session-outside-period");
        }
        String where = TextPolicy.requireFilled(place, WorkingSession.PLACE_MAX, false, "supervision.error.session-place");
        WorkingSession session = sessions.save(new WorkingSession(activityId, heldOn, startsAt, where,
                orEmpty(TextPolicy.require(attendees, WorkingSession.TEXT_MAX, true)),
                orEmpty(TextPolicy.require(notes, WorkingSession.TEXT_MAX, true))));
        audit.record("SUPERVISION_SESSION_ADDED", SOURCE_TYPE, activityId, heldOn + " | " + where);
        return session;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public void removeSession(long activityId, long sessionId) {
        workable(activityId);
        WorkingSession session = sessions.findById(sessionId).filter(s -> s.getActivityId() == activityId)
                .orElseThrow(() -> new UserFacingException("supervision.error.not-found"));
        sessions.delete(session);
        audit.record("SUPERVISION_SESSION_REMOVED", SOURCE_TYPE, activityId, session.getHeldOn() + " | " + session.getPlace());
    }

    /**
     * Sessions between two days of the activities the person may see (a member organisation: of
     * the delegations its people sit in), cancelled activities left out; for the month calendar.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CalendarEntry> sessionsBetween(LocalDate from, LocalDate to) {
        PortalUser user = currentUser.require();
        long memberUnit = user.role() == Role.MEMBER_ORGANISATION ? user.unitId() : 0;
        return entries(sessions.between(scopes.current().pathPrefix(), memberUnit, from, to));
    }

    /**
     * The same for a unit's calendar feed, asked by a calendar application that signs in to
     * nothing (the feed's key was checked): a Front unit's subtree, or a member organisation's
     * delegations.
     */
    @Transactional(readOnly = true)
    public List<CalendarEntry> sessionsOfUnit(String unitPath, boolean memberOrganisation, long unitId, LocalDate from, LocalDate to) {
        return entries(sessions.between(unitPath, memberOrganisation ? unitId : 0, from, to));
    }

    private List<CalendarEntry> entries(List<WorkingSession> found) {
        Map<Long, Activity> byId = new HashMap<>();
        activities.findAllById(found.stream().map(WorkingSession::getActivityId).distinct().toList()).forEach(a -> byId.put(a.getId(), a));
        return found.stream().filter(s -> byId.containsKey(s.getActivityId())).map(s -> new CalendarEntry(s, byId.get(s.getActivityId()))).toList();
    }

    // ---- findings -------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional(readOnly = true)
    public List<Finding> findings(long activityId) {
        Activity activity = get(activityId);
        if (!readsFindings(activity)) {
            throw new AccessDeniedException("findings are read by the Front's staff");
        }
        return findings.findByActivityIdOrderById(activityId);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Finding addFinding(long activityId, @Nullable Long subjectId, @Nullable ContentPoint point, String text) {
        Activity activity = editable(activityId);
        if (activity.getStatus() != ActivityStatus.IN_PROGRESS) {
            throw new UserFacingException("supervision.error.findings-in-progress");
        }
        String words = TextPolicy.requireFilled(text, Finding.TEXT_MAX, true, "supervision.error.finding-text");
        requireSubjectOf(activityId, subjectId);
        Finding finding = findings.save(new Finding(activityId, subjectId, point, words));
        audit.record("SUPERVISION_FINDING_ADDED", SOURCE_TYPE, activityId, words);
        return finding;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public void removeFinding(long activityId, long findingId) {
        Activity activity = editable(activityId);
        if (activity.getStatus() != ActivityStatus.IN_PROGRESS) {
            throw new UserFacingException("supervision.error.findings-in-progress");
        }
        Finding finding = findings.findById(findingId).filter(f -> f.getActivityId() == activityId)
                .orElseThrow(() -> new UserFacingException("supervision.error.not-found"));
        findings.delete(finding);
        audit.record("SUPERVISION_FINDING_REMOVED", SOURCE_TYPE, activityId, finding.getText());
    }

    // ---- the steps of an activity's life ----------------------------------------------------

    /** Planned → in progress; a delegation must have its head first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Activity start(long activityId) {
        Activity activity = step(activityId, ActivityStatus.IN_PROGRESS);
        if (DELEGATION_FORM.equals(activity.getFormCode())
                && members.findByActivityIdOrderById(activityId).stream().noneMatch(m -> m.getRole() == DelegationRole.HEAD)) {
            throw new UserFacingException("supervision.error.no-head");
        }
        activity.moveTo(ActivityStatus.IN_PROGRESS);
        audit.record("SUPERVISION_STARTED", SOURCE_TYPE, activityId, activity.getTitle());
        return activity;
    }

    /** In progress → concluded, with the conclusion written. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Activity conclude(long activityId, String conclusion) {
        Activity activity = step(activityId, ActivityStatus.CONCLUDED);
        String text = TextPolicy.requireFilled(conclusion, Activity.CONCLUSION_MAX, true, "supervision.error.conclusion");
        activity.setConclusion(text);
        activity.moveTo(ActivityStatus.CONCLUDED);
        audit.record("SUPERVISION_CONCLUDED", SOURCE_TYPE, activityId, text);
        return activity;
    }

    /** Numbers the supervision report from the unit's register (once). */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Activity issueReport(long activityId, LocalDate on) {
        Activity activity = editable(activityId);
        if (activity.getStatus().isOpenForWork() || activity.getStatus() == ActivityStatus.CANCELLED) {
            throw new UserFacingException("supervision.error.report-before-conclusion");
        }
        if (activity.getReportSymbol() != null) {
            throw new UserFacingException("supervision.error.report-issued");
        }
        IssuedDocument number = register.issue(activity.getUnitId(), REPORT_KIND, SOURCE_TYPE, String.valueOf(activityId),
                "Báo cáo kết quả giám sát: " + activity.getTitle(), on);
        activity.reportIssued(number.symbol(), on);
        audit.record("SUPERVISION_REPORT_ISSUED", SOURCE_TYPE, activityId, number.symbol());
        return activity;
    }

    /** Planned or in progress → cancelled, with a reason; the record stays. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Activity cancel(long activityId, String reason) {
        Activity activity = step(activityId, ActivityStatus.CANCELLED);
        String why = TextPolicy.requireFilled(reason, 1000, true, "supervision.error.reason");
        activity.cancelled(why);
        audit.record("SUPERVISION_CANCELLED", SOURCE_TYPE, activityId, why);
        return activity;
    }

    /** Every recorded change of the activity and of its recommendations, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long activityId) {
        Activity activity = get(activityId);
        if (!readsFindings(activity)) {
            throw new AccessDeniedException("the history names supervised persons");
        }
        List<AuditEntry> all = new ArrayList<>(audit.trail(SOURCE_TYPE, List.of(String.valueOf(activityId))));
        all.addAll(audit.trail(RecommendationService.SOURCE_TYPE, recommendations.findByActivityIdOrderById(activityId).stream()
                .map(r -> String.valueOf(r.getId())).toList()));
        all.sort(Comparator.comparing(AuditEntry::getOccurredAt).thenComparing(AuditEntry::getId));
        return all;
    }

    // ---- helpers shared with the recommendations --------------------------------------------

    /** The activity, if the person may change it. */
    Activity editable(@Nullable Long activityId) {
        if (activityId == null) {
            throw new UserFacingException("supervision.error.not-found");
        }
        Activity activity = get(activityId);
        requireEditor(activity.getUnitId());
        return activity;
    }

    void requireSubjectOf(long activityId, @Nullable Long subjectId) {
        if (subjectId != null && subjects.findById(subjectId).filter(s -> s.getActivityId() == activityId).isEmpty()) {
            throw new UserFacingException("supervision.error.not-found");
        }
    }

    private Activity workable(long activityId) {
        Activity activity = editable(activityId);
        if (!activity.getStatus().isOpenForWork()) {
            throw new UserFacingException("supervision.error.not-open");
        }
        return activity;
    }

    private Activity step(long activityId, ActivityStatus next) {
        Activity activity = editable(activityId);
        if (!activity.getStatus().mayBecome(next)) {
            throw new UserFacingException("supervision.error.transition");
        }
        return activity;
    }

    private void requireEditor(long unitId) {
        if (!scopes.mayIssueFor(unitId)) {
            throw new AccessDeniedException("only the carrying unit's staff change its supervision");
        }
    }

    private boolean visible(Activity activity) {
        PortalUser user = currentUser.require();
        if (user.role() == Role.MEMBER_ORGANISATION) {
            return members.existsByActivityIdAndUnitId(activity.getId(), user.unitId());
        }
        return scopes.sees(activity.getUnitId());
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static long orZero(@Nullable Long v) {
        return v == null ? 0 : v;
    }
}
