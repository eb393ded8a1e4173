package vn.mttq.giamsat.periodicreports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.base.work.WorkItem;
import vn.mttq.giamsat.base.work.WorkSource;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.deadlines.ReportingPeriod;
import vn.mttq.giamsat.organisation.DataScopeService;

/**
 * Periodic reports on the home page. The reporting unit sees its report of the last ended period
 * while it is not sent (late once the due date has passed) and a report returned to it; the
 * level above sees reports waiting for its decision and the units whose report is late.
 */
@Service
class ReportWork implements WorkSource {

    private final PeriodicReportService reports;
    private final WorkingCalendar calendar;
    private final DataScopeService scopes;

    ReportWork(PeriodicReportService reports, WorkingCalendar calendar, DataScopeService scopes) {
        this.reports = reports;
        this.calendar = calendar;
        this.scopes = scopes;
    }

    @Override
    @PreAuthorize("isAuthenticated() and #user.accountId() == principal.accountId()")
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(PortalUser user, LocalDate today, int limit) {
        List<WorkItem> out = new ArrayList<>();
        ReportingPeriod period = reports.lastEnded();
        String periodName = Texts.page("report.title." + period.kind(), String.valueOf(period.year()));
        if (reports.isReporter(user.unitId()) && reports.mayWrite(user.unitId())) {
            var own = reports.find(user.unitId(), period);
            if (own.isEmpty() || !own.get().getStatus().isSent()) {
                boolean returned = own.isPresent() && own.get().getStatus() == ReportStatus.RETURNED;
                out.add(item(user, returned ? "report.work.returned" : "report.work.owed", periodName, null, period.due(), today,
                        own.map(r -> "bao-cao-dinh-ky/" + r.getId()).orElse("bao-cao-dinh-ky")));
            }
        }
        if (user.role() == Role.LEADER || user.role() == Role.DEPARTMENT_STAFF || user.role() == Role.DISTRICT_STAFF) {
            long root = user.role() == Role.DISTRICT_STAFF ? user.unitId() : scopes.of(user).rootUnitId();
            if (!reports.reportersUnder(root).isEmpty()) {
                for (PeriodicReportService.Standing s : reports.standings(root, period)) {
                    if (s.status() == ReportStatus.SUBMITTED) {
                        out.add(item(user, "report.work.to-decide", periodName, s.unitName(), null, today, "bao-cao-dinh-ky/" + s.report().getId()));
                    } else if (!s.counted() && period.due() != null && today.isAfter(period.due())) {
                        out.add(item(user, "report.work.missing", periodName, s.unitName(), period.due(), today, "bao-cao-dinh-ky"));
                    }
                }
            }
        }
        return out.stream().sorted(WorkItem.MOST_URGENT_FIRST).limit(limit).toList();
    }

    private WorkItem item(PortalUser user, String key, String periodName, @Nullable String unitName, @Nullable LocalDate due, LocalDate today, String link) {
        boolean overdue = due != null && today.isAfter(due);
        int days = due == null ? 0 : overdue ? -calendar.workingDaysOverdue(today, due) : calendar.workingDaysRemaining(today, due);
        return new WorkItem("work.kind.periodic-report", Texts.page(key, periodName), unitName, due, days,
                overdue ? WorkItem.Urgency.OVERDUE : due == null ? WorkItem.Urgency.INFO : WorkItem.Urgency.DUE_SOON, null, link);
    }
}
