package vn.mttq.giamsat.periodicreports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.deadlines.ReportingPeriod;

/** State badges and period names of periodic reports, in the shared colours of docs/ux.md. */
final class ReportBadges {

    private ReportBadges() {
    }

    /** A report's state; none yet is "not started", red once the due date has passed. */
    static Span of(Component owner, @Nullable ReportStatus status, boolean late) {
        if (status != null && status.isEditable() && late) { // a draft or a returned report past its due date is late (issue 22)
            Span badge = new Span(owner.getTranslation("report.status.late", owner.getTranslation("report.status." + status.name())));
            badge.addClassNames("state-badge", "state-overdue");
            return badge;
        }
        Span badge = new Span(owner.getTranslation(status == null ? (late ? "report.status.missing" : "report.status.none")
                : "report.status." + status.name()));
        badge.addClassNames("state-badge", status == null ? (late ? "state-overdue" : "state-draft") : status.badgeClass());
        return badge;
    }

    /** "6 tháng đầu năm 2026 (15/12/2025 – 14/06/2026)". */
    static String period(Component owner, ReportingPeriod p) {
        return owner.getTranslation("outreach.figures.period." + p.kind(), String.valueOf(p.year()), PortalFormats.date(p.from()),
                PortalFormats.date(p.to()));
    }
}
