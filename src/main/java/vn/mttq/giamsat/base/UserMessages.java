package vn.mttq.giamsat.base;

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

    static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }
}
