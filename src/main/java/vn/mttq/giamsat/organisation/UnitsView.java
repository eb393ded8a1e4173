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
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.ui.ListPage;
import vn.mttq.giamsat.base.ui.ResultCount;
import vn.mttq.giamsat.base.ui.RowActions;

/** Administration of the unit tree: lazy, searchable (accent-insensitive) list with a form. */
@Route("admin/don-vi")
@Menu(order = 700, title = "menu.units", icon = "vaadin:sitemap")
@RolesAllowed(Role.Names.ADMIN)
class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final UnitService units;
    private final Grid<Unit> grid = new Grid<>(Unit.class, false);
    private final TextField search = new TextField();
    final ResultCount count = new ResultCount();

    UnitsView(UnitService units) {
        addClassName("page");
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.SITEMAP, getTranslation("empty.units.title"),
                getTranslation("empty.units.text")));
        this.units = units;
        setSizeFull();
        search.setPlaceholder(getTranslation("common.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.addClassName("unit-search");
        Button add = new Button(getTranslation("unit.add"), e -> edit(new Unit("", "", UnitKind.COMMUNE_FRONT, units.scopeRoot())));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClassName("unit-add");

        grid.addColumn(Unit::getCode).setHeader(getTranslation("unit.code")).setSortProperty("code").setAutoWidth(true).setFrozen(true);
        grid.addColumn(Unit::getName).setHeader(getTranslation("unit.name")).setSortProperty("name").setFlexGrow(3);
        grid.addColumn(Unit::getShortName).setHeader(getTranslation("unit.short-name")).setSortProperty("shortName").setFlexGrow(1);
        grid.addColumn(u -> getTranslation(u.getKind().translationKey())).setHeader(getTranslation("unit.kind"))
                .setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(u -> u.getParent() == null ? "" : u.getParent().getShortName()).setHeader(getTranslation("unit.parent")).setFlexGrow(1)
                .setTooltipGenerator(u -> u.getParent() == null ? "" : u.getParent().getName());
        grid.addColumn(u -> u.getSignerName() == null ? "" : (u.getSignerTitle() == null ? "" : u.getSignerTitle() + " ") + u.getSignerName())
                .setHeader(getTranslation("unit.signer")).setFlexGrow(1);
        grid.addColumn(u -> getTranslation(u.isActive() ? "common.active" : "common.inactive"))
                .setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setWidth("6rem").setFlexGrow(0);
        grid.setItems(q -> units.search(search.getValue(), toSpringPageRequest(q)).stream());
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();
        grid.addClassName("units-grid");

        HorizontalLayout bar = ListPage.top(count, add);
        bar.addComponentAsFirst(search);
        add(bar, grid);
        refresh();
    }

    private void refresh() {
        count.show("unit.count", units.count(search.getValue()));
        grid.getDataProvider().refreshAll();
    }

    /** The row's actions behind one "⋯" menu; the province's own unit cannot be switched off. */
    RowActions actions(Unit unit) {
        RowActions actions = new RowActions().add(getTranslation("common.edit"), () -> edit(unit));
        if (unit.getParent() != null) {
            actions.add(getTranslation(unit.isActive() ? "common.disable" : "common.enable"), () -> toggle(unit));
        }
        return actions;
    }

    private void toggle(Unit unit) {
        if (!unit.isActive()) {
            units.setActive(unit.getId(), true);
            refresh();
            return;
        }
        Guarded.confirmDestructive(getTranslation("unit.disable.title"), getTranslation("unit.disable.message", unit.getName()),
                getTranslation("common.disable"), () -> {
                    units.setActive(unit.getId(), false);
                    refresh();
                });
    }

    private void edit(Unit unit) {
        new UnitForm(unit, units, () -> refresh()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.units");
    }
}
