package vn.mttq.giamsat.notifications;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.text.Said;
import vn.mttq.giamsat.organisation.PasswordHelpRequested;

/** Tells the administrators that someone forgot a password: in the bell, and by mail as each prefers. */
@Component
class PasswordHelpNotices {

    private final NotificationService notifications;

    PasswordHelpNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(PasswordHelpRequested request) {
        Said title = Said.of("password-help.notice.title", request.fullName());
        Said body = Said.of("password-help.notice.body", request.fullName(), request.username(), request.unitName());
        notifications.notifyAll(request.administrators().stream()
                .map(admin -> new NotificationService.Message(admin, title, body, "admin/tai-khoan")).toList());
    }
}
