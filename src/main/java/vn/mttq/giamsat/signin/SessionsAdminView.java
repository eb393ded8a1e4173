package vn.mttq.giamsat.signin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.security.Role;

/** Administrators end every session of an account and clear a second factor that was lost. */
@Route("admin/phien-dang-nhap")
@Menu(order = 708, title = "menu.sessions", icon = "vaadin:user-clock")
@RolesAllowed(Role.Names.ADMIN)
class SessionsAdminView extends VerticalLayout implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Grid<Sessions.AccountSessions> grid = new Grid<>();
    private final Sessions sessions;
    private final SecondFactors secondFactors;

    SessionsAdminView(Sessions sessions, SecondFactors secondFactors) {
        this.sessions = sessions;
        this.secondFactors = secondFactors;
        addClassName("page");
        H2 title = new H2(getTranslation("menu.sessions"));
        title.addClassName("page-title");
        Paragraph intro = new Paragraph(getTranslation("sessions.admin.intro"));
        intro.addClassName("page-intro");
        filter.setPlaceholder(getTranslation("sessions.admin.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setWidth("22rem");
        filter.addValueChangeListener(e -> refresh());
        grid.setId("account-sessions");
        grid.addClassName("account-sessions");
        grid.addColumn(Sessions.AccountSessions::fullName).setHeader(getTranslation("account.full-name")).setFlexGrow(2);
        grid.addColumn(Sessions.AccountSessions::username).setHeader(getTranslation("account.username")).setAutoWidth(true);
        grid.addColumn(Sessions.AccountSessions::open).setHeader(getTranslation("sessions.open")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Span state = new Span(getTranslation("second-factor.state." + a.secondFactor()));
            state.addClassNames("state-badge", a.secondFactor() == SecondFactors.State.ACTIVE ? "state-done" : "state-progress");
            return state;
        }).setHeader(getTranslation("second-factor.title")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (a.open() > 0) {
                actions.add(Guarded.button(getTranslation("sessions.admin.end-all"), false, () -> confirm(
                        getTranslation("sessions.admin.end-all"), getTranslation("sessions.admin.end-all.confirm", a.fullName(), a.open()),
                        () -> sessions.endAll(a.accountId()))));
            }
            if (a.secondFactor() != SecondFactors.State.NONE) {
                actions.add(Guarded.button(getTranslation("second-factor.reset"), false, () -> confirm(getTranslation("second-factor.reset"),
                        getTranslation("second-factor.reset.confirm", a.fullName()), () -> secondFactors.reset(a.accountId()))));
            }
            return actions;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("sessions.admin.empty"));
        add(title, intro, filter, grid);
        refresh();
    }

    private void confirm(String title, String text, Runnable action) {
        Guarded.confirm(title, text, () -> {
            action.run();
            refresh();
        });
    }

    private void refresh() {
        grid.setItems(sessions.accounts(filter.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.sessions");
    }
}
