package vn.mttq.giamsat.feedback;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.deadlines.DeadlineBadge;

/** The state and deadline badges of case pages, in the shared colours of docs/ux.md. */
final class CaseBadges {

    private CaseBadges() {
    }

    static Span state(Component owner, CaseStatus status) {
        Span badge = new Span(owner.getTranslation("feedback.status." + status.name()));
        badge.addClassNames("state-badge", status.badgeClass());
        return badge;
    }

    /** "dd/MM/yyyy · còn 3 ngày làm việc" while the answer is awaited; the due date alone otherwise. */
    static Span due(Component owner, WorkingCalendar calendar, FeedbackCase c) {
        Span s = new Span();
        if (c.getDueDate() == null) {
            return s;
        }
        if (c.getStatus() == CaseStatus.AWAITING_ANSWER) {
            return DeadlineBadge.running(owner, calendar, c.getDueDate(), true);
        }
        s.addClassName("state-badge");
        s.setText(PortalFormats.date(c.getDueDate()));
        s.addClassName(c.getAnsweredOn() != null && c.getAnsweredOn().isAfter(c.getDueDate()) ? "state-overdue" : "state-done");
        return s;
    }
}
