package vn.mttq.giamsat.notifications;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.ResultCount;

/** Mail not yet sent: waiting for a retry, or given up; an administrator can send it again. */
@Route("admin/thu-di")
@Menu(order = 703, title = "menu.outbox", icon = "vaadin:envelope-o")
@RolesAllowed(Role.Names.ADMIN)
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    final Grid<OutgoingMail> grid = new Grid<>(OutgoingMail.class, false);
    final ResultCount count = new ResultCount();

    OutboxView(MailOutbox outbox) {
        addClassName("page");
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.ENVELOPE_O, getTranslation("empty.outbox.title"),
                getTranslation("empty.outbox.text")));
        setSizeFull();
        // addresses and errors wrap: the list fits 1366 px with the menu open
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(m -> PortalFormats.dateTime(m.getCreatedAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(OutgoingMail::getRecipient).setHeader(getTranslation("outbox.recipient")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(OutgoingMail::getSubject).setHeader(getTranslation("outbox.subject")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation("outbox.status." + m.getStatus())).setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addColumn(OutgoingMail::getAttempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true);
        grid.addColumn(m -> PortalFormats.dateTime(m.getNextAttemptAt())).setHeader(getTranslation("outbox.next-attempt")).setAutoWidth(true);
        grid.addColumn(m -> m.getLastError() == null ? "" : m.getLastError()).setHeader(getTranslation("outbox.error")).setFlexGrow(2);
        grid.addComponentColumn(m -> {
            Button retry = new Button(getTranslation("outbox.retry"), e -> {
                outbox.retry(m.getId());
                count.show("outbox.count", outbox.countUnsent());
                grid.getDataProvider().refreshAll();
            });
            retry.addThemeVariants(ButtonVariant.TERTIARY);
            retry.setVisible(m.getStatus() == OutgoingMail.Status.FAILED);
            return retry;
        }).setAutoWidth(true);
        grid.setItems(q -> outbox.unsent(toSpringPageRequest(q)).stream());
        grid.setSizeFull();
        grid.addClassName("outbox");
        count.show("outbox.count", outbox.countUnsent());
        add(count, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.outbox");
    }
}
