package vn.mttq.giamsat.notifications;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.HeaderContribution;

/**
 * The bell with the unread count. New notifications are pushed to it as soon as they are
 * committed on this server ({@link OpenBells}); a slow poll catches those written by another
 * server of a cluster; every click refreshes it too.
 */
@Component
class NotificationBell implements HeaderContribution {

    static final int POLL_MILLIS = 300_000;
    private final NotificationService notifications;
    private final OpenBells openBells;
    private final CurrentUser currentUser;

    NotificationBell(NotificationService notifications, OpenBells openBells, CurrentUser currentUser) {
        this.notifications = notifications;
        this.openBells = openBells;
        this.currentUser = currentUser;
    }

    @Override
    public com.vaadin.flow.component.Component createHeaderItem() {
        return new Bell(notifications, openBells, currentUser.require().accountId());
    }

    static class Bell extends Div {
        final Button button = new Button(VaadinIcon.BELL.create());
        final Span count = new Span();
        private final NotificationService notifications;
        private final OpenBells openBells;
        private final long accountId;
        private Registration poll;

        Bell(NotificationService notifications, OpenBells openBells, long accountId) {
            this.notifications = notifications;
            this.openBells = openBells;
            this.accountId = accountId;
            addClassName("notification-bell");
            button.addThemeVariants(ButtonVariant.TERTIARY);
            button.setAriaLabel(getTranslation("notification.bell"));
            button.addClickListener(e -> open());
            count.addClassName("unread-count");
            add(button, count);
        }

        @Override
        protected void onAttach(AttachEvent event) {
            refresh();
            UI ui = event.getUI();
            ui.setPollInterval(POLL_MILLIS);
            poll = ui.addPollListener(e -> refresh());
            openBells.opened(accountId, this);
        }

        @Override
        protected void onDetach(DetachEvent event) {
            if (poll != null) {
                poll.remove();
            }
            openBells.closed(accountId, this);
        }

        void refresh() {
            show(notifications.unreadCount());
        }

        void show(long unread) {
            count.setText(unread == 0 ? "" : String.valueOf(unread));
            button.setTooltipText(getTranslation("notification.unread", unread));
        }

        void open() {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("notification.title"));
            dialog.addClassName("notification-list");
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            var items = notifications.latest();
            if (items.isEmpty()) {
                list.add(new Paragraph(getTranslation("notification.empty")));
            }
            for (Notification n : items) {
                Div item = new Div();
                item.addClassName(n.isRead() ? "notification-read" : "notification-unread");
                Anchor title = new Anchor(n.getLink() == null ? "" : n.getLink(), n.title(getLocale()));
                // opening a notification reads it: the list closes and the count drops as the record opens
                title.getElement().addEventListener("click", e -> {
                    notifications.markRead(n.getId());
                    dialog.close();
                    refresh();
                });
                item.add(title, new Paragraph(n.body(getLocale()) + " (" + PortalFormats.dateTime(n.getCreatedAt()) + ")"));
                list.add(item);
            }
            Select<EmailMode> mode = new Select<>();
            mode.setLabel(getTranslation("notification.email-mode"));
            mode.setItems(EmailMode.values());
            mode.setItemLabelGenerator(m -> getTranslation("notification.email-mode." + m));
            mode.setValue(notifications.myEmailMode());
            mode.addValueChangeListener(e -> notifications.setMyEmailMode(e.getValue()));
            Button allRead = new Button(getTranslation("notification.mark-all-read"), e -> {
                notifications.markAllRead();
                refresh();
                dialog.close();
            });
            dialog.add(list, mode);
            dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()), allRead);
            dialog.open();
            refresh();
        }
    }
}
