package vn.mttq.giamsat.exchange;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Map;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/** Administrators issue, list and revoke the tokens other systems read the open API with, and see each token's calls. */
@Route("admin/ma-truy-cap")
@Menu(order = 707, title = "menu.api-tokens", icon = "vaadin:key")
@RolesAllowed(Role.Names.ADMIN)
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ApiToken> grid = new Grid<>();
    final Grid<ApiTokens.Call> calls = new Grid<>();
    private final H3 callsTitle = new H3();
    final TextField name = FieldLimits.limit(new TextField(), ApiToken.NAME_MAX);
    final ComboBox<Long> unit = new ComboBox<>();
    final PortalDatePicker expires;
    private final ApiTokens tokens;
    private final RecipientDirectory directory;
    private final Map<Long, String> units;

    ApiTokensView(ApiTokens tokens, RecipientDirectory directory) {
        this.tokens = tokens;
        this.directory = directory;
        addClassName("page");
        H2 title = new H2(getTranslation("menu.api-tokens"));
        title.addClassName("page-title");
        Paragraph intro = new Paragraph(getTranslation("api.token.intro"));
        intro.addClassName("page-intro");
        name.setLabel(getTranslation("api.token.name"));
        name.setId("api-token-name");
        name.setWidth("20rem");
        units = directory.committeeChoices(directory.rootUnit());
        unit.setLabel(getTranslation("api.token.scope"));
        unit.setItems(units.keySet());
        unit.setItemLabelGenerator(id -> units.getOrDefault(id, ""));
        unit.setValue(directory.rootUnit());
        unit.setWidth("22rem");
        expires = new PortalDatePicker(getTranslation("api.token.expires"));
        expires.setValue(LocalDate.now(PortalFormats.VIETNAM).plusMonths(6));
        Button issue = Guarded.button(getTranslation("api.token.issue"), true, this::issue);
        issue.setId("api-token-issue");
        HorizontalLayout form = new HorizontalLayout(name, unit, expires, issue);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        grid.addColumn(ApiToken::getName).setHeader(getTranslation("api.token.name")).setFlexGrow(2);
        grid.addColumn(t -> t.getPrefix() + "…").setHeader(getTranslation("api.token.prefix")).setAutoWidth(true);
        grid.addColumn(t -> directory.unitShortName(t.getUnitId())).setTooltipGenerator(t -> directory.unitName(t.getUnitId())).setHeader(getTranslation("api.token.scope")).setFlexGrow(2);
        grid.addColumn(t -> PortalFormats.date(t.getExpiresOn())).setHeader(getTranslation("api.token.expires")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("report.col.status")).setAutoWidth(true);
        grid.addColumn(t -> t.getLastUsedAt() == null ? "—" : PortalFormats.dateTime(t.getLastUsedAt()))
                .setHeader(getTranslation("api.token.last-used")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            if (t.getRevokedAt() != null) {
                return new Span();
            }
            return Guarded.button(getTranslation("api.token.revoke"), false, () -> revoke(t));
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addClassName("api-tokens");
        grid.addSelectionListener(e -> showCalls(e.getFirstSelectedItem().orElse(null)));
        calls.addColumn(c -> PortalFormats.dateTime(c.at())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        calls.addColumn(ApiTokens.Call::method).setAutoWidth(true);
        calls.addColumn(ApiTokens.Call::path).setHeader(getTranslation("api.token.path")).setFlexGrow(3);
        calls.addColumn(ApiTokens.Call::status).setHeader(getTranslation("api.token.http-status")).setAutoWidth(true);
        calls.setAllRowsVisible(true);
        calls.setEmptyStateText(getTranslation("api.token.calls.empty"));
        grid.setEmptyStateText(getTranslation("api.token.empty"));
        calls.setVisible(false);
        callsTitle.setVisible(false);
        add(title, intro, form, grid, callsTitle, calls);
        refresh();
    }

    private Span state(ApiToken t) {
        boolean revoked = t.getRevokedAt() != null;
        boolean expired = !revoked && !t.isValidOn(LocalDate.now(PortalFormats.VIETNAM));
        Span badge = new Span(getTranslation(revoked ? "api.token.state.revoked" : expired ? "api.token.state.expired" : "api.token.state.active"));
        badge.addClassNames("state-badge", revoked ? "state-cancelled" : expired ? "state-overdue" : "state-done");
        return badge;
    }

    private void issue() {
        if (unit.getValue() == null || expires.getValue() == null) {
            throw new UserFacingException("validation.required");
        }
        ApiTokens.Issued issued = tokens.issue(name.getValue(), unit.getValue(), expires.getValue());
        name.clear();
        refresh();
        Dialog shown = new Dialog();
        shown.setHeaderTitle(getTranslation("api.token.issued.title", issued.token().getName()));
        TextField secret = new TextField(getTranslation("api.token.issued.secret"));
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidth("36rem");
        secret.setId("api-token-secret");
        shown.add(new Paragraph(getTranslation("api.token.issued.text")), secret);
        shown.getFooter().add(new Button(getTranslation("common.close"), e -> shown.close()));
        shown.open();
    }

    private void revoke(ApiToken t) {
        Guarded.confirm(getTranslation("api.token.revoke"), getTranslation("api.token.revoke.confirm", t.getName()), () -> {
            tokens.revoke(t.getId());
            refresh();
        });
    }

    private void showCalls(ApiToken t) {
        calls.setVisible(t != null);
        callsTitle.setVisible(t != null);
        if (t != null) {
            callsTitle.setText(getTranslation("api.token.calls", t.getName()));
            calls.setItems(tokens.calls(t.getId(), 100));
        }
    }

    private void refresh() {
        grid.setItems(tokens.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.api-tokens");
    }
}
