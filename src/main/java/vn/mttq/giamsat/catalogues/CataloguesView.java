package vn.mttq.giamsat.catalogues;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.NarrowScreens;
import vn.mttq.giamsat.base.ui.ResultCount;

/** Reference catalogues: readable by all, editable by administrators. */
@Route("danh-muc")
@Menu(order = 600, title = "menu.catalogues", icon = "vaadin:book")
@PermitAll
class CataloguesView extends VerticalLayout implements HasDynamicTitle {

    final Select<Catalogue> catalogue = new Select<>();
    final Grid<CatalogueEntry> grid = new Grid<>(CatalogueEntry.class, false);
    final ResultCount count = new ResultCount();
    private final CatalogueService service;

    CataloguesView(CatalogueService service, CurrentUser currentUser) {
        addClassName("page");
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.BOOK, getTranslation("empty.catalogues.title"),
                getTranslation("empty.catalogues.text")));
        this.service = service;
        boolean admin = currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false);
        setSizeFull();
        catalogue.setLabel(getTranslation("catalogue.label"));
        catalogue.setItems(Catalogue.values());
        catalogue.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
        catalogue.addValueChangeListener(e -> refresh());
        catalogue.setWidth("24rem");

        grid.addColumn(CatalogueEntry::getCode).setHeader(getTranslation("catalogue.code")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(e -> e.getGroupCode() == null ? "" : getTranslation("catalogue.group." + e.getGroupCode()))
                .setHeader(getTranslation("catalogue.group")).setAutoWidth(true);
        grid.addColumn(CatalogueEntry::getTitle).setHeader(getTranslation("catalogue.title")).setFlexGrow(4);
        grid.addColumn(CatalogueEntry::getSource).setHeader(getTranslation("catalogue.source")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation(e.isActive() ? "common.active" : "common.inactive"))
                .setHeader(getTranslation("common.status")).setAutoWidth(true);
        NarrowScreens.cards(grid, getTranslation("catalogue.title"), CatalogueEntry::getTitle,
                e -> e.getCode() + (e.getGroupCode() == null ? "" : " · " + getTranslation("catalogue.group." + e.getGroupCode()))
                        + (e.getSource() == null || e.getSource().isBlank() ? "" : " · " + e.getSource()),
                e -> e.isActive() ? "" : getTranslation("common.inactive"), e -> e.isActive() ? "" : "state-cancelled");
        grid.setSizeFull();
        grid.addClassName("catalogue-grid");

        HorizontalLayout bar = new HorizontalLayout(catalogue, count);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (admin) {
            Button add = new Button(getTranslation("catalogue.add"), e -> edit(new CatalogueEntry(catalogue.getValue())));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            bar.add(add);
            grid.addItemDoubleClickListener(e -> edit(e.getItem()));
            grid.addComponentColumn(e -> new Button(getTranslation("common.edit"), c -> edit(e))).setAutoWidth(true);
        }
        add(bar, grid);
        catalogue.setValue(Catalogue.MANIFESTATION);
    }

    private void refresh() {
        if (catalogue.getValue() != null) {
            var entries = service.all(catalogue.getValue());
            grid.setItems(entries);
            count.show("catalogue.count", entries.size());
        }
    }

    private void edit(CatalogueEntry entry) {
        new CatalogueEntryForm(entry, service, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.catalogues");
    }
}
