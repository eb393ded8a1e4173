package vn.mttq.giamsat.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.Said;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.deadlines.DeadlineRequest;
import vn.mttq.giamsat.deadlines.DeadlineService;
import vn.mttq.giamsat.notifications.NotificationService;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.Recipient;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.organisation.UnitService;

/**
 * Tasks of plans. The issuer adds them; the unit that carries a task out (its staff only) reports
 * progress and submits it; the issuer accepts it or returns it with a comment. Once the plan is
 * published every task is followed by the deadline engine ("plan-task"), so reminders, the home
 * page and the dashboards know it.
 */
@Service
public class TaskService {

    static final String SOURCE_TYPE = "plan-task";

    private final PlanTaskRepository tasks;
    private final PlanService plans;
    private final DataScopeService scopes;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final DeadlineService deadlines;
    private final WorkingCalendar calendar;
    private final NotificationService notifications;
    private final RecipientDirectory directory;
    private final AuditService audit;

    TaskService(PlanTaskRepository tasks, PlanService plans, DataScopeService scopes, UnitService units, CurrentUser currentUser,
                DeadlineService deadlines, WorkingCalendar calendar, NotificationService notifications,
                RecipientDirectory directory, AuditService audit) {
        this.tasks = tasks;
        this.plans = plans;
        this.scopes = scopes;
        this.units = units;
        this.currentUser = currentUser;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.notifications = notifications;
        this.directory = directory;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public PlanTask add(long planId, String title, long leadUnitId, LocalDate dueDate, String expectedOutput) {
        return add(planId, title, leadUnitId, null, dueDate, List.of(), expectedOutput);
    }

    /** A task with a start date and the units that support the lead unit. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public PlanTask add(long planId, String title, long leadUnitId, @Nullable LocalDate start, LocalDate dueDate,
                        List<Long> supporting, String expectedOutput) {
        Plan plan = plans.get(planId);
        if (start != null && start.isAfter(dueDate)) {
            throw new UserFacingException("task.error.start-after-due");
        }
        supporting.forEach(units::get); // every supporting unit in the issuer's scope
        if (!plans.mayEdit(plan)) {
            throw new AccessDeniedException("only the issuing unit's staff add tasks");
        }
        if (plan.getStatus() == PlanStatus.CLOSED) {
            throw new UserFacingException("plan.error.closed");
        }
        units.get(leadUnitId);
        LocalDate earliest = plan.getIssuedOn() == null ? LocalDate.now(PortalFormats.VIETNAM) : plan.getIssuedOn();
        if (dueDate.isBefore(earliest)) {
            throw new UserFacingException("task.error.due-before-issue", PortalFormats.date(earliest));
        }
        String cleanTitle = TextPolicy.require(title, PlanTask.TITLE_MAX, false);
        if (cleanTitle == null || cleanTitle.isBlank()) {
            throw new UserFacingException("task.error.title");
        }
        PlanTask created = new PlanTask(planId, cleanTitle, leadUnitId, dueDate, TextPolicy.require(expectedOutput, PlanTask.TEXT_MAX, true));
        created.plannedWith(start, supporting.stream().filter(u -> u != leadUnitId).toList());
        PlanTask task = tasks.saveAndFlush(created);
        if (plan.getStatus() == PlanStatus.PUBLISHED) {
            follow(plan, task);
        }
        audit.record("TASK_ADDED", SOURCE_TYPE, task.getId(), cleanTitle + " | " + directory.unitName(leadUnitId));
        return task;
    }

    /** At most this many occurrences of one recurring task (ten years of half-yearly reports). */
    static final int MAX_OCCURRENCES = 20;

    /**
     * A task that comes back every six months or every year until an end date: one task per
     * occurrence, numbered, each due on the last working day on or before its date (a report
     * due on a Saturday is due on the Friday).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public List<PlanTask> addRecurring(long planId, String title, long leadUnitId, LocalDate firstDue, Recurrence recurrence,
                                       @Nullable LocalDate until, String expectedOutput) {
        if (recurrence == Recurrence.NONE) {
            return List.of(add(planId, title, leadUnitId, workingDayOnOrBefore(firstDue), expectedOutput));
        }
        if (until == null) {
            throw new UserFacingException("task.error.recurrence-end");
        }
        if (until.isBefore(firstDue)) {
            throw new UserFacingException("task.error.recurrence-end-before");
        }
        ArrayList<PlanTask> created = new ArrayList<>();
        for (int n = 0; !recurrence.after(firstDue, n).isAfter(until); n++) {
            if (n >= MAX_OCCURRENCES) {
                throw new UserFacingException("task.error.recurrence-too-many", MAX_OCCURRENCES);
            }
            created.add(add(planId, Texts.vi("task.occurrence", title, n + 1), leadUnitId,
                    workingDayOnOrBefore(recurrence.after(firstDue, n)), expectedOutput));
        }
        return created;
    }

    private LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlanTask> ofPlan(long planId) {
        plans.get(planId);
        return tasks.findByPlanIdOrderByDueDateAscIdAsc(planId);
    }

    /** Tasks carried out by units in the person's scope (their own unit's, for a member organisation). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<PlanTask> mine(@Nullable TaskStatus status, Pageable pageable) {
        return tasks.inScope(scopes.current().pathPrefix(), status, pageable);
    }

    /** How many tasks {@link #mine} finds. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(@Nullable TaskStatus status) {
        return tasks.countInScope(scopes.current().pathPrefix(), status);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PlanTask get(long taskId) {
        PlanTask task = tasks.findById(taskId).orElseThrow(() -> new UserFacingException("task.error.not-found"));
        if (!scopes.sees(task.getLeadUnitId()) && !plans.isVisible(task.getPlanId())) {
            throw new AccessDeniedException("task " + taskId + " is not visible");
        }
        return task;
    }

    /** Whether the person may read the task (an answer, not a refusal). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isVisible(long taskId) {
        return tasks.findById(taskId).map(t -> scopes.sees(t.getLeadUnitId()) || plans.isVisible(t.getPlanId())).orElse(false);
    }

    public boolean isAssignee(PlanTask task) {
        return currentUser.require().unitId() == task.getLeadUnitId();
    }

    public boolean isReviewer(PlanTask task) {
        return plans.mayEdit(plans.get(task.getPlanId()));
    }

    /** The carrying-out unit reports how far it is (0–100 %) and what it did. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PlanTask report(long taskId, int percent, String text) {
        return report(taskId, null, percent, text);
    }

    /**
     * As {@link #report(long, int, String)}, for a form opened at {@code seenVersion}: if someone
     * saved the task since, the second person gets a conflict instead of overwriting it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PlanTask report(long taskId, @Nullable Long seenVersion, int percent, String text) {
        PlanTask task = assigned(taskId);
        if (seenVersion != null && seenVersion != task.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(PlanTask.class, taskId);
        }
        if (percent < 0 || percent > 100) {
            throw new UserFacingException("task.error.percent");
        }
        task.progress(percent, TextPolicy.require(text, PlanTask.TEXT_MAX, true));
        audit.record("TASK_PROGRESS", SOURCE_TYPE, taskId, percent + "% | " + task.getReport());
        return task;
    }

    /** The carrying-out unit says it is done; the issuer is told to review it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PlanTask submit(long taskId) {
        PlanTask task = assigned(taskId);
        if (task.getReport().isBlank()) {
            throw new UserFacingException("task.error.report-required");
        }
        task.submit();
        Plan plan = plans.get(task.getPlanId());
        tell(directory.unitAccounts(plan.getIssuingUnitId()), Said.of("task.notify.submitted", task.getTitle()),
                Said.of("task.notify.submitted.body", directory.unitName(task.getLeadUnitId())));
        audit.record("TASK_SUBMITTED", SOURCE_TYPE, taskId, task.getTitle());
        return task;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public PlanTask accept(long taskId) {
        PlanTask task = reviewed(taskId);
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        task.accept(today);
        deadlines.met(SOURCE_TYPE, String.valueOf(taskId), today);
        audit.record("TASK_ACCEPTED", SOURCE_TYPE, taskId, task.getTitle());
        return task;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public PlanTask giveBack(long taskId, String comment) {
        PlanTask task = reviewed(taskId);
        String clean = TextPolicy.require(comment, PlanTask.TEXT_MAX, true);
        if (clean == null || clean.isBlank()) {
            throw new UserFacingException("task.error.comment-required");
        }
        task.giveBack(clean);
        tell(directory.unitAccounts(task.getLeadUnitId()), Said.of("task.notify.returned", task.getTitle()), Said.plain(clean));
        audit.record("TASK_RETURNED", SOURCE_TYPE, taskId, clean);
        return task;
    }

    /** Publishing a plan puts each of its tasks under the deadline engine. */
    @EventListener
    void on(PlanPublished published) {
        Plan plan = plans.get(published.planId());
        tasks.findByPlanIdOrderByDueDateAscIdAsc(plan.getId()).forEach(t -> follow(plan, t));
    }

    private void follow(Plan plan, PlanTask task) {
        LocalDate from = plan.getIssuedOn() == null ? LocalDate.now(PortalFormats.VIETNAM) : plan.getIssuedOn();
        int workingDays = Math.max(1, calendar.workingDaysBetween(from, task.getDueDate()));
        deadlines.register(new DeadlineRequest(SOURCE_TYPE, String.valueOf(task.getId()), task.getTitle(),
                "nhiem-vu", task.getLeadUnitId(), null, from, workingDays));
    }

    private PlanTask assigned(long taskId) {
        PlanTask task = get(taskId);
        if (!isAssignee(task)) {
            throw new AccessDeniedException("only the unit carrying the task out reports on it");
        }
        if (task.getStatus() != TaskStatus.OPEN && task.getStatus() != TaskStatus.RETURNED) {
            throw new UserFacingException("task.error.not-open");
        }
        if (plans.get(task.getPlanId()).getStatus() != PlanStatus.PUBLISHED) {
            throw new UserFacingException("task.error.plan-not-published");
        }
        return task;
    }

    private PlanTask reviewed(long taskId) {
        PlanTask task = get(taskId);
        if (!isReviewer(task)) {
            throw new AccessDeniedException("only the plan's issuer reviews its tasks");
        }
        if (task.getStatus() != TaskStatus.SUBMITTED) {
            throw new UserFacingException("task.error.not-submitted");
        }
        return task;
    }

    private void tell(List<Recipient> to, Said title, Said body) {
        notifications.notifyAll(to.stream().map(r -> new NotificationService.Message(r, title, body, "nhiem-vu")).toList());
    }
}
