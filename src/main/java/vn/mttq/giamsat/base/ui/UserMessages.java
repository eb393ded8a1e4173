package vn.mttq.giamsat.base.ui;

import vn.mttq.giamsat.base.errors.UserFacingException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Shows a refusal from a service as a short message in the user's language. */
public final class UserMessages {

    private UserMessages() {
    }

    public static void show(UserFacingException refusal) {
        error(UI.getCurrent().getTranslation(refusal.messageKey(), refusal.arguments()));
    }

    /** A short confirmation that something was done ("Đã lưu"). */
    public static void info(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }
}
