package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.work.KeyFigure;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.work.KeyFigureSource;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.work.WorkItem;
import vn.mttq.giamsat.base.work.WorkSource;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.organisation.DataScopeService;

/**
 * The deadline engine's part of the home page: open items overdue or due within five working
 * days that the person's unit, or the person by name, must answer; and for the Standing
 * Committee and department staff the key figures of their scope.
 */
@Service
class DeadlineWork implements WorkSource, KeyFigureSource {

    /** "Due soon": within this many working days, the first reminder's distance (app.deadlines.remind-before). */
    static final int DUE_SOON_WORKING_DAYS = 5;
    private static final Map<String, String> KINDS = Map.of(
            PeriodicReports.SOURCE_TYPE, "work.kind.periodic-report",
            "supervision-recommendation", "work.kind.recommendation",
            "plan-task", "work.kind.plan-task",
            "feedback-case", "work.kind.case");

    private final DeadlineItemRepository items;
    private final WorkingCalendar calendar;
    private final DataScopeService scopes;

    DeadlineWork(DeadlineItemRepository items, WorkingCalendar calendar, DataScopeService scopes) {
        this.items = items;
        this.calendar = calendar;
        this.scopes = scopes;
    }

    @Override
    @PreAuthorize("isAuthenticated() and #user.accountId() == principal.accountId()")
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(PortalUser user, LocalDate today, int limit) {
        LocalDate horizon = calendar.dueDate(today, DUE_SOON_WORKING_DAYS);
        Map<Long, DeadlineRow> rows = new LinkedHashMap<>();
        items.openOfUnitDueBy(user.unitId(), horizon, PageRequest.of(0, limit)).forEach(r -> rows.put(r.id(), r));
        items.openOfAccountDueBy(user.accountId(), horizon, PageRequest.of(0, limit)).forEach(r -> rows.putIfAbsent(r.id(), r));
        return rows.values().stream().map(r -> item(r, today)).sorted(WorkItem.MOST_URGENT_FIRST).limit(limit).toList();
    }

    private WorkItem item(DeadlineRow row, LocalDate today) {
        boolean overdue = row.dueDate().isBefore(today);
        int days = overdue ? -calendar.workingDaysOverdue(today, row.dueDate()) : calendar.workingDaysRemaining(today, row.dueDate());
        return new WorkItem(KINDS.getOrDefault(row.sourceType(), "work.kind.deadline"), row.title(), row.unitShortName(),
                row.dueDate(), days, overdue ? WorkItem.Urgency.OVERDUE : WorkItem.Urgency.DUE_SOON, null,
                row.link() == null ? "han-xu-ly" : row.link());
    }

    @Override
    @PreAuthorize("isAuthenticated() and #user.accountId() == principal.accountId()")
    @Transactional(readOnly = true)
    public List<KeyFigure> figuresFor(PortalUser user, LocalDate today) {
        if (user.role() != Role.LEADER && user.role() != Role.DEPARTMENT_STAFF) {
            return List.of();
        }
        String prefix = scopes.of(user).pathPrefix();
        long open = 0;
        long overdue = 0;
        for (Object[] row : items.openCountsByUnitPath(prefix, today)) {
            open += ((Number) row[1]).longValue();
            overdue += ((Number) row[2]).longValue();
        }
        LocalDate halfStart = DeadlineFilter.halfYearStart(today);
        long onTime = items.metOnTimeBetween(prefix, halfStart, today);
        // each figure opens the list of exactly what it counts (issue 22: "5" said nothing of its span)
        return List.of(new KeyFigure("home.figure.open", open, KeyFigure.Tone.NEUTRAL, "han-xu-ly?loc=OPEN"),
                new KeyFigure("home.figure.overdue", overdue, KeyFigure.Tone.OVERDUE, "han-xu-ly?loc=OVERDUE"),
                new KeyFigure("home.figure.on-time", List.of(PortalFormats.date(halfStart)), onTime, KeyFigure.Tone.DONE, "han-xu-ly?loc=ON_TIME"));
    }
}
