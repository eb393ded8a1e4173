package vn.mttq.giamsat.feedback;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import vn.mttq.giamsat.base.PortalFormats;
import vn.mttq.giamsat.calendar.WorkingCalendar;

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
        s.addClassName("state-badge");
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        if (c.getStatus() != CaseStatus.AWAITING_ANSWER) {
            s.setText(PortalFormats.date(c.getDueDate()));
            s.addClassName(c.getAnsweredOn() != null && c.getAnsweredOn().isAfter(c.getDueDate()) ? "state-overdue" : "state-done");
        } else if (today.isAfter(c.getDueDate())) {
            s.setText(PortalFormats.date(c.getDueDate()) + " · "
                    + owner.getTranslation("deadline.overdue-days", calendar.workingDaysOverdue(today, c.getDueDate())));
            s.addClassName("state-overdue");
        } else {
            int left = calendar.workingDaysRemaining(today, c.getDueDate());
            s.setText(PortalFormats.date(c.getDueDate()) + " · " + (left == 0 ? owner.getTranslation("deadline.due-today")
                    : owner.getTranslation("deadline.remaining-days", left)));
            s.addClassName(left <= 5 ? "state-waiting" : "state-progress");
        }
        return s;
    }
}
