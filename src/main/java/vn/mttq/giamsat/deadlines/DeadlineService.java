package vn.mttq.giamsat.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.Said;
import vn.mttq.giamsat.base.text.SearchText;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.notifications.NotificationService;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.Recipient;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.organisation.UnitService;

/**
 * The contract through which features put items under a legal deadline: register, extend (with
 * a reason, by an authorised role), and report met or closed. The engine never imports the
 * features; they identify their items by source type and id.
 */
@Service
public class DeadlineService {

    static final int URGE_NOTE_MAX = 1000;

    private final DeadlineItemRepository items;
    private final DeadlineChangeRepository changes;
    private final WorkingCalendar calendar;
    private final UnitService units;
    private final DataScopeService scopes;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final LegalTimeLimits limits;
    private final RecipientDirectory recipients;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    DeadlineService(DeadlineItemRepository items, DeadlineChangeRepository changes, WorkingCalendar calendar,
                    UnitService units, DataScopeService scopes, AuditService audit, CurrentUser currentUser,
                    LegalTimeLimits limits, RecipientDirectory recipients, NotificationService notifications,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.limits = limits;
        this.recipients = recipients;
        this.notifications = notifications;
        this.items = items;
        this.changes = changes;
        this.calendar = calendar;
        this.units = units;
        this.scopes = scopes;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** Registers an item; the due date is computed here, never by the feature. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Deadline register(DeadlineRequest request) {
        units.get(request.unitId()); // the unit must be in the caller's scope
        if (items.findBySourceTypeAndSourceId(request.sourceType(), request.sourceId()).isPresent()) {
            throw new UserFacingException("deadline.error.duplicate");
        }
        limits.requireWithinMaximum(request.sourceType(), request.workingDays());
        LocalDate due = calendar.dueDate(request.receivedOn(), request.workingDays());
        DeadlineItem item = items.saveAndFlush(new DeadlineItem(request, due));
        log(item, DeadlineChange.Kind.REGISTERED, null, due, request.workingDays(), null);
        return item.view();
    }

    /**
     * An item of the demo province, with the due date the demo chose (a promised date, a plan's
     * date) and, when already answered, the day it was met. Only while the demo is seeded, before
     * anyone signs in; refused while a person is signed in, so no one sets a due date through it.
     */
    @Transactional
    public void registerWhileSeeding(DeadlineRequest request, LocalDate due, @Nullable LocalDate metOn) {
        if (currentUser.get().isPresent()) {
            throw new AccessDeniedException("demo deadlines are registered by the system only");
        }
        DeadlineItem item = new DeadlineItem(request, due);
        if (metOn != null) {
            item.finish(DeadlineStatus.MET, metOn);
        }
        items.save(item);
    }

    /**
     * Extends a deadline, e.g. from 20 to 30 working days for a complex case (Regulation 124):
     * only provincial leaders, department staff and administrators, only with a reason.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF')")
    @Transactional
    public Deadline extend(String sourceType, String sourceId, int newWorkingDays, String reason) {
        DeadlineItem item = load(sourceType, sourceId);
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("deadline.error.reason-required");
        }
        if (item.getStatus() != DeadlineStatus.OPEN) {
            throw new UserFacingException("deadline.error.not-open");
        }
        if (newWorkingDays <= item.getWorkingDays()) {
            throw new UserFacingException("deadline.error.not-longer", item.getWorkingDays());
        }
        limits.requireWithinMaximum(sourceType, newWorkingDays);
        LocalDate oldDue = item.getDueDate();
        LocalDate newDue = calendar.dueDate(item.getReceivedOn(), newWorkingDays);
        item.extend(newWorkingDays, newDue);
        log(item, DeadlineChange.Kind.EXTENDED, oldDue, newDue, newWorkingDays, reason.strip());
        events.publishEvent(new DeadlineExtended(sourceType, sourceId, newWorkingDays, newDue));
        return item.view();
    }

    /**
     * Urges ("đôn đốc") the responsible person, or the unit's accounts when nobody is named, to
     * answer before the due date: a notification with the caller's note, and a line in the
     * item's history. Once a day per item, so that urging stays a signal and not noise.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Deadline urge(String sourceType, String sourceId, @Nullable String note) {
        DeadlineItem item = load(sourceType, sourceId);
        if (item.getStatus() != DeadlineStatus.OPEN) {
            throw new UserFacingException("deadline.error.not-open");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > URGE_NOTE_MAX) {
            throw new UserFacingException("deadline.error.note-too-long", URGE_NOTE_MAX);
        }
        Instant startOfToday = LocalDate.now(clock.withZone(PortalFormats.VIETNAM)).atStartOfDay(PortalFormats.VIETNAM).toInstant();
        if (changes.existsByItemIdAndKindAndChangedAtAfter(item.getId(), DeadlineChange.Kind.URGED, startOfToday)) {
            throw new UserFacingException("deadline.error.urged-today");
        }
        List<Recipient> to = recipients.responsible(item.getResponsibleAccountId(), item.getUnitId());
        String by = currentUser.get().map(PortalUser::fullName).orElse("");
        Said body = Said.of("deadline.urge.body", by, PortalFormats.date(item.getDueDate())).then(text.isEmpty() ? "" : " " + text);
        notifications.notifyAll(to.stream()
                .map(r -> new NotificationService.Message(r, Said.of("deadline.urge.notification", item.getTitle()), body, item.getLink()))
                .toList());
        log(item, DeadlineChange.Kind.URGED, null, null, null, text.isEmpty() ? null : text);
        return item.view();
    }

    /** The responsible body answered (or the task was done) on {@code on}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Deadline met(String sourceType, String sourceId, LocalDate on) {
        return finish(sourceType, sourceId, DeadlineStatus.MET, on, null);
    }

    /** Withdrawn or archived without an answer being due any more. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Deadline close(String sourceType, String sourceId, @Nullable String reason) {
        return finish(sourceType, sourceId, DeadlineStatus.CLOSED, LocalDate.now(PortalFormats.VIETNAM), reason);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Deadline get(String sourceType, String sourceId) {
        return load(sourceType, sourceId).view();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DeadlineChange> history(String sourceType, String sourceId) {
        return changes.findByItemIdOrderByChangedAtAscIdAsc(load(sourceType, sourceId).getId());
    }

    /** Items in the caller's scope that pass the filter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<DeadlineRow> list(DeadlineFilter filter, Pageable pageable) {
        // without a sort chosen on the page, the most urgent first
        Sort urgentFirst = Sort.by("dueDate", "id");
        Pageable ordered = pageable.getSort().isSorted() ? pageable
                : pageable.isUnpaged() ? Pageable.unpaged(urgentFirst)
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), urgentFirst);
        // a unit of the person's scope narrows the list to its subtree (units.get refuses one outside it)
        String prefix = filter.unitId() == 0 ? scopes.current().pathPrefix() : units.get(filter.unitId()).getPath();
        return items.inScope(prefix, filter.status(),
                filter.dueFrom() == null ? LocalDate.of(1000, 1, 1) : filter.dueFrom(),
                filter.dueBy() == null ? LocalDate.of(9999, 12, 31) : filter.dueBy(), filter.onTimeSince(),
                SearchText.contains(filter.text()), ordered);
    }

    /** A unit of the person's scope by its short name (a list's unit chip); one outside the scope is refused. */
    @Transactional(readOnly = true)
    public String unitShortName(long unitId) {
        return units.get(unitId).getShortName();
    }

    /** How many items the list finds with this filter. */
    @Transactional(readOnly = true)
    public long count(DeadlineFilter filter) {
        return list(filter, PageRequest.of(0, 1)) instanceof Page<DeadlineRow> page ? page.getTotalElements() : 0;
    }

    private Deadline finish(String sourceType, String sourceId, DeadlineStatus status, LocalDate on, @Nullable String reason) {
        DeadlineItem item = load(sourceType, sourceId);
        if (item.getStatus() != DeadlineStatus.OPEN) {
            throw new UserFacingException("deadline.error.not-open");
        }
        item.finish(status, on);
        log(item, status == DeadlineStatus.MET ? DeadlineChange.Kind.MET : DeadlineChange.Kind.CLOSED,
                item.getDueDate(), null, null, reason);
        return item.view();
    }

    private DeadlineItem load(String sourceType, String sourceId) {
        DeadlineItem item = items.findBySourceTypeAndSourceId(sourceType, sourceId)
                .orElseThrow(() -> new UserFacingException("deadline.error.not-found"));
        units.get(item.getUnitId()); // scope check
        return item;
    }

    private void log(DeadlineItem item, DeadlineChange.Kind kind, @Nullable LocalDate oldDue, @Nullable LocalDate newDue,
                     @Nullable Integer workingDays, @Nullable String reason) {
        String by = currentUser.get().map(PortalUser::username).orElse("system");
        changes.save(new DeadlineChange(item.getId(), clock.instant(), by, kind, oldDue, newDue, workingDays, reason));
        audit.record("DEADLINE_" + kind, "deadline_item", item.getId(),
                item.getTitle() + " | " + (oldDue == null ? "" : oldDue + " -> ") + (newDue == null ? "" : newDue)
                        + (reason == null ? "" : " | " + reason));
    }
}
