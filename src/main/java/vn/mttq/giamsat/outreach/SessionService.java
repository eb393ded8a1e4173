package vn.mttq.giamsat.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditEntry;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.text.Said;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.SearchText;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.base.text.PortalYears;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.notifications.NotificationService;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.organisation.UnitService;
import vn.mttq.giamsat.plans.TaskService;

/**
 * Training sessions, conferences, dialogues and reviews from planning to the report: planned →
 * held (with the actual counts by audience) → reported, or cancelled with a reason. Co-organising
 * member organisations are told when they are named. Every change is audited; two people saving
 * the same session meet the version check.
 */
@Service
public class SessionService {

    /**
     * Most people of one audience a session can have (a province-wide video conference reaches tens of
     * thousands): a larger number is a typing mistake, refused before any total is summed.
     */
    static final int MAX_PER_AUDIENCE = 100_000;

    static final String SOURCE_TYPE = "training-session";
    /** The longest a session may last (a course of several weeks is recorded week by week); calendars read back this far. */
    static final int LONGEST_DAYS = 31;

    /** What the list shows; null and "" mean "any"; {@code unit} means its subtree. */
    public record Filter(@Nullable SessionKind kind, @Nullable SessionStatus status, long unit, @Nullable LocalDate from,
                         @Nullable LocalDate to, @Nullable String text) {
        public static Filter all() {
            return new Filter(null, null, 0, null, null, null);
        }
    }

    /** Counts by audience, and women and ethnic minorities where the unit counts them. */
    public record Attendance(Map<Audience, Integer> byAudience, @Nullable Integer women, @Nullable Integer ethnicMinority) {
    }

    /** What a held session produced; a review fills the four review fields. */
    public record Outcome(String notes, String strengths, String limitations, String causes, String recommendations) {
        public static Outcome none() {
            return new Outcome("", "", "", "", "");
        }
    }

    private final TrainingSessionRepository sessions;
    private final AttendeeLists attendees;
    private final OutreachScope scope;
    private final UnitService units;
    private final RecipientDirectory directory;
    private final TaskService tasks;
    private final NotificationService notifications;
    private final AuditService audit;
    private final Clock clock = Clock.systemUTC();

    SessionService(TrainingSessionRepository sessions, AttendeeLists attendees, OutreachScope scope, UnitService units,
                   RecipientDirectory directory, TaskService tasks, NotificationService notifications, AuditService audit) {
        this.sessions = sessions;
        this.attendees = attendees;
        this.scope = scope;
        this.units = units;
        this.directory = directory;
        this.tasks = tasks;
        this.notifications = notifications;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<TrainingSession> list(Filter f, Pageable pageable) {
        Collection<Long> visible = scope.visibleUnits();
        if (f.unit() != 0) {
            Collection<Long> chosen = directory.branches(f.unit()).keySet();
            visible = visible.stream().filter(chosen::contains).toList();
        }
        return sessions.visible(visible.isEmpty() ? List.of(-1L) : visible, f.unit() == 0 ? scope.memberUnit() : 0, f.kind(), f.status(),
                f.from() == null ? LocalDate.of(1000, 1, 1) : f.from(), f.to() == null ? LocalDate.of(9999, 12, 31) : f.to(),
                SearchText.contains(f.text()), pageable);
    }

    /**
     * Sessions of the person's scope (and those it co-organises) overlapping a period, not
     * cancelled, for the calendar; {@code unit} (0: the whole scope) narrows it to that unit's subtree.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TrainingSession> between(long unit, LocalDate from, LocalDate to) {
        Collection<Long> visible = scope.visibleUnits();
        if (unit != 0) {
            Collection<Long> chosen = directory.branches(unit).keySet();
            visible = visible.stream().filter(chosen::contains).toList();
        }
        return sessions.between(visible.isEmpty() ? List.of(-1L) : visible, unit == 0 ? scope.memberUnit() : 0,
                from.minusDays(LONGEST_DAYS), from, to);
    }

    /**
     * A unit's calendar for its feed, read without a signed-in person (the feed's key was checked):
     * its subtree's sessions, or a member organisation's own and those it co-organises.
     */
    @Transactional(readOnly = true)
    List<TrainingSession> feedOf(long unitId, LocalDate from, LocalDate to) {
        boolean member = directory.isMemberOrganisation(unitId);
        return sessions.between(member ? List.of(unitId) : directory.branches(unitId).keySet(), member ? unitId : 0,
                from.minusDays(LONGEST_DAYS), from, to);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TrainingSession get(long id) {
        TrainingSession s = sessions.findById(id).orElseThrow(() -> new UserFacingException("outreach.error.not-found"));
        if (!scope.sees(s.getUnitId()) && !s.getCoOrganisers().contains(scope.memberUnit())) {
            throw new AccessDeniedException("session " + id + " is not visible to this person");
        }
        return s;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayEdit(TrainingSession s) {
        return scope.mayRecordFor(s.getUnitId());
    }

    /** The unit a new session is recorded for unless another is chosen. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long defaultUnit() {
        return scope.ownUnit();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TrainingSession plan(long unitId, SessionKind kind, String title, LocalDate startsOn, LocalDate endsOn, String place) {
        units.get(unitId);
        if (!scope.mayRecordFor(unitId)) {
            throw new AccessDeniedException("a unit records its own sessions and those below it");
        }
        TrainingSession s = new TrainingSession(unitId, scope.username(), clock.instant());
        s.setKind(kind);
        s.setTitle(TextPolicy.requireFilled(title, TrainingSession.TITLE_MAX, false, "outreach.error.title"));
        s.setStartsOn(startsOn);
        s.setEndsOn(endsOn);
        s.setPlace(orEmpty(TextPolicy.require(place, 300, false)));
        validate(s);
        TrainingSession saved = sessions.saveAndFlush(s);
        audit.record("TRAINING_PLANNED", SOURCE_TYPE, saved.getId(), saved.getTitle() + " | " + PortalFormats.date(startsOn));
        return saved;
    }

    /** Saves what the session page edits: kind, title, dates, place, documents, speakers, plan task. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TrainingSession save(TrainingSession edited) {
        TrainingSession stored = editable(edited.getId());
        if (stored.getStatus() == SessionStatus.CANCELLED) {
            throw new UserFacingException("outreach.error.finished");
        }
        edited.setTitle(TextPolicy.requireFilled(edited.getTitle(), TrainingSession.TITLE_MAX, false, "outreach.error.title"));
        edited.setPlace(orEmpty(TextPolicy.require(edited.getPlace(), 300, false)));
        edited.setSpeakers(orEmpty(TextPolicy.require(edited.getSpeakers(), 500, false)));
        if (!edited.getDocuments().matches("([A-Z0-9-]+(,[A-Z0-9-]+)*)?")) {
            throw new UserFacingException("outreach.error.documents");
        }
        if (edited.getPlanTaskId() != null && !tasks.isVisible(edited.getPlanTaskId())) {
            throw new UserFacingException("outreach.error.task");
        }
        validate(edited);
        TrainingSession saved = sessions.saveAndFlush(edited);
        audit.record("TRAINING_SAVED", SOURCE_TYPE, saved.getId(), saved.getTitle());
        return saved;
    }

    /** Names the co-organising member organisations; those newly named are told. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TrainingSession coOrganise(long id, Set<Long> memberOrganisations) {
        TrainingSession s = editable(id);
        Set<Long> before = s.getCoOrganisers();
        for (long unit : memberOrganisations) {
            if (!directory.isMemberOrganisation(unit)) {
                throw new UserFacingException("outreach.error.co-organiser");
            }
        }
        s.coOrganisedBy(memberOrganisations);
        for (long unit : memberOrganisations) {
            if (!before.contains(unit)) {
                directory.unitAccounts(unit).forEach(r -> notifications.notify(r, Said.of("outreach.notify.co-organise", s.getTitle()),
                        s.getPlace().isBlank() ? Said.of("outreach.notify.co-organise.body", directory.unitName(s.getUnitId()),
                                PortalFormats.date(s.getStartsOn()))
                                : Said.of("outreach.notify.co-organise.body.place", directory.unitName(s.getUnitId()),
                                PortalFormats.date(s.getStartsOn()), s.getPlace()), "tap-huan/" + s.getId()));
            }
        }
        audit.record("TRAINING_CO_ORGANISERS", SOURCE_TYPE, id, String.join(", ", memberOrganisations.stream().map(directory::unitName).toList()));
        return s;
    }

    /**
     * The session took place: the actual counts by audience (none negative; none above the named
     * list for its audience when one was imported) and what it produced.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TrainingSession held(long id, Attendance attendance, Outcome outcome) {
        TrainingSession s = step(id, SessionStatus.HELD);
        // a two-day course is held when its last day has come, not on its first (issue 22)
        if (s.getEndsOn().isAfter(LocalDate.now(PortalFormats.VIETNAM))) {
            throw new UserFacingException("outreach.error.not-yet", PortalFormats.date(s.getEndsOn()));
        }
        record(s, attendance, outcome);
        s.moveTo(SessionStatus.HELD);
        audit.record("TRAINING_HELD", SOURCE_TYPE, id, s.totalAttendance() + " người");
        return s;
    }

    /** Corrects the counts or the outcome of a held session before it is reported. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TrainingSession correct(long id, Attendance attendance, Outcome outcome) {
        TrainingSession s = editable(id);
        if (s.getStatus() != SessionStatus.HELD) {
            throw new UserFacingException("outreach.error.transition");
        }
        record(s, attendance, outcome);
        audit.record("TRAINING_CORRECTED", SOURCE_TYPE, id, s.totalAttendance() + " người");
        return s;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TrainingSession report(long id) {
        TrainingSession s = step(id, SessionStatus.REPORTED);
        s.moveTo(SessionStatus.REPORTED);
        audit.record("TRAINING_REPORTED", SOURCE_TYPE, id, s.getTitle());
        return s;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TrainingSession cancel(long id, String reason) {
        TrainingSession s = step(id, SessionStatus.CANCELLED);
        s.cancelled(TextPolicy.requireFilled(reason, 1000, true, "outreach.error.reason"));
        audit.record("TRAINING_CANCELLED", SOURCE_TYPE, id, s.getCancelReason());
        return s;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long id) {
        get(id);
        return audit.trail(SOURCE_TYPE, List.of(String.valueOf(id)));
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

    private void record(TrainingSession s, Attendance attendance, Outcome outcome) {
        Map<Audience, Integer> listed = attendees.countsOf(s.getId());
        for (Audience a : Audience.values()) {
            int n = attendance.byAudience().getOrDefault(a, 0);
            if (n < 0) {
                throw new UserFacingException("outreach.error.negative");
            }
            if (n > MAX_PER_AUDIENCE) {
                throw new UserFacingException("outreach.error.too-many-people", MAX_PER_AUDIENCE);
            }
            if (!listed.isEmpty() && n > listed.getOrDefault(a, 0)) {
                throw new UserFacingException("outreach.error.above-list", listed.getOrDefault(a, 0));
            }
        }
        long total = attendance.byAudience().values().stream().mapToLong(Integer::longValue).sum();
        for (Integer part : new Integer[] {attendance.women(), attendance.ethnicMinority()}) {
            if (part != null && (part < 0 || part > total)) {
                throw new UserFacingException("outreach.error.part");
            }
        }
        s.attended(attendance.byAudience(), attendance.women(), attendance.ethnicMinority());
        s.outcome(text(outcome.notes()), text(outcome.strengths()), text(outcome.limitations()), text(outcome.causes()),
                text(outcome.recommendations()));
    }

    private TrainingSession step(long id, SessionStatus next) {
        TrainingSession s = editable(id);
        if (!s.getStatus().mayBecome(next)) {
            throw new UserFacingException("outreach.error.transition");
        }
        return s;
    }

    TrainingSession editable(@Nullable Long id) {
        if (id == null) {
            throw new UserFacingException("outreach.error.not-found");
        }
        TrainingSession s = get(id);
        if (!scope.mayRecordFor(s.getUnitId())) {
            throw new AccessDeniedException("only the organising unit and the units above it change a session");
        }
        return s;
    }

    private static void validate(TrainingSession s) {
        PortalYears.require(s.getStartsOn(), s.getEndsOn());
        if (s.getEndsOn().isBefore(s.getStartsOn())) {
            throw new UserFacingException("outreach.error.period");
        }
        if (s.getEndsOn().isAfter(s.getStartsOn().plusDays(LONGEST_DAYS - 1))) {
            throw new UserFacingException("outreach.error.too-long", LONGEST_DAYS);
        }
    }

    private static String text(@Nullable String value) {
        return orEmpty(TextPolicy.require(value, TrainingSession.TEXT_MAX, true));
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
