package vn.mttq.giamsat.deadlines;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.calendar.WorkingCalendar;

/**
 * The one badge for a deadline still running, wherever it is listed (deadlines, recommendations,
 * cases): "còn 3 ngày làm việc", "đến hạn hôm nay" or "quá hạn 2 ngày làm việc", optionally after
 * the date, in the shared colours of docs/ux.md (overdue red, due within
 * {@value DeadlineWork#DUE_SOON_WORKING_DAYS} working days amber, otherwise blue).
 */
public final class DeadlineBadge {

    private DeadlineBadge() {
    }

    public static Span running(Component owner, WorkingCalendar calendar, LocalDate due, boolean withDate) {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        Span s = new Span();
        s.addClassName("state-badge");
        String date = withDate ? PortalFormats.date(due) + " · " : "";
        if (today.isAfter(due)) {
            s.setText(date + owner.getTranslation("deadline.overdue-days", calendar.workingDaysOverdue(today, due)));
            s.addClassName("state-overdue");
            return s;
        }
        int left = calendar.workingDaysRemaining(today, due);
        s.setText(date + (left == 0 ? owner.getTranslation("deadline.due-today") : owner.getTranslation("deadline.remaining-days", left)));
        s.addClassName(left <= DeadlineWork.DUE_SOON_WORKING_DAYS ? "state-waiting" : "state-progress");
        return s;
    }
}
