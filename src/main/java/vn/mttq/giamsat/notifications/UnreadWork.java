package vn.mttq.giamsat.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.base.work.WorkItem;
import vn.mttq.giamsat.base.work.WorkSource;

/** Unread notifications on the home page, after everything with a deadline, newest first. */
@Service
class UnreadWork implements WorkSource {

    private final NotificationRepository notifications;

    UnreadWork(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    @PreAuthorize("isAuthenticated() and #user.accountId() == principal.accountId()")
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(PortalUser user, LocalDate today, int limit) {
        // the home page is drawn in the person's language: the notice is read in it (Said)
        Locale locale = Texts.pageIsEnglish() ? Texts.ENGLISH
                : Texts.VIETNAMESE;
        return notifications.unread(user.accountId(), PageRequest.of(0, limit)).stream()
                .map(n -> new WorkItem("work.kind.notification", n.title(locale), n.body(locale), null, 0, WorkItem.Urgency.INFO,
                        n.getCreatedAt(), n.getLink()))
                .toList();
    }
}
