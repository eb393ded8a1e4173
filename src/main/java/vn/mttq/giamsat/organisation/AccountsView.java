package vn.mttq.giamsat.organisation;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.ui.ListPage;
import vn.mttq.giamsat.base.ui.ResultCount;
import vn.mttq.giamsat.base.ui.RowActions;

/** Accounts of the administrator's scope; search matches names without diacritics. */
@Route("admin/tai-khoan")
@Menu(order = 701, title = "menu.accounts", icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final UnitService units;
    final Grid<Account> grid = new Grid<>(Account.class, false);
    final TextField search = new TextField();
    final ResultCount count = new ResultCount();

    AccountsView(AccountService accounts, UnitService units) {
        addClassName("page");
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.USERS, getTranslation("empty.accounts.title"),
                getTranslation("empty.accounts.text")));
        this.accounts = accounts;
        this.units = units;
        setSizeFull();
        search.setPlaceholder(getTranslation("account.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.addClassName("account-search");
        Button add = new Button(getTranslation("account.add"),
                e -> edit(new Account("", "", Role.DISTRICT_STAFF, units.scopeRoot())));
        add.addThemeVariants(ButtonVariant.PRIMARY);

        grid.addColumn(Account::getUsername).setHeader(getTranslation("account.username")).setSortProperty("username").setAutoWidth(true).setFrozen(true);
        grid.addColumn(Account::getFullName).setHeader(getTranslation("account.full-name")).setSortProperty("fullName").setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.getRole().translationKey())).setHeader(getTranslation("account.role"))
                .setSortProperty("role").setAutoWidth(true);
        grid.addColumn(a -> a.requireUnit().getShortName()).setHeader(getTranslation("account.unit")).setFlexGrow(1)
                .setTooltipGenerator(a -> a.requireUnit().getName());
        grid.addColumn(this::status).setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setWidth("6rem").setFlexGrow(0);
        grid.setItems(q -> accounts.search(search.getValue(), toSpringPageRequest(q)).stream());
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();
        grid.addClassName("accounts-grid");
        HorizontalLayout bar = ListPage.top(count, add);
        bar.addComponentAsFirst(search);
        add(bar, grid);
        refresh();
    }

    private String status(Account a) {
        if (!a.isEnabled()) {
            return getTranslation("account.status.disabled");
        }
        return getTranslation(a.isLockedAt(Instant.now()) ? "account.status.locked" : "common.active");
    }

    /** The row's actions behind one "⋯" menu (issue 22: no rows of red text links). */
    RowActions actions(Account account) {
        return new RowActions().add(getTranslation("common.edit"), () -> edit(account))
                .add(getTranslation("account.reset-password"), () -> new ResetPasswordDialog(account, accounts, this::refresh).open())
                .add(getTranslation(account.isEnabled() ? "common.disable" : "common.enable"), () -> toggle(account));
    }

    private void toggle(Account account) {
        if (!account.isEnabled()) {
            accounts.setEnabled(account.getId(), true);
            refresh();
            return;
        }
        Guarded.confirmDestructive(getTranslation("account.disable.title"), getTranslation("account.disable.message", account.getFullName()),
                getTranslation("common.disable"), () -> {
                    accounts.setEnabled(account.getId(), false);
                    refresh();
                });
    }

    private void edit(Account account) {
        new AccountForm(account, accounts, units, this::refresh).open();
    }

    private void refresh() {
        count.show("account.count", accounts.count(search.getValue()));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.accounts");
    }
}
