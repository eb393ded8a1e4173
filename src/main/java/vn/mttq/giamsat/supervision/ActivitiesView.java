package vn.mttq.giamsat.supervision;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.ListLinks;
import vn.mttq.giamsat.base.ui.ListPage;
import vn.mttq.giamsat.base.ui.NarrowScreens;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.ui.SpreadsheetDownload;
import vn.mttq.giamsat.base.ui.UserMessages;
import vn.mttq.giamsat.catalogues.Catalogue;
import vn.mttq.giamsat.catalogues.CatalogueEntry;
import vn.mttq.giamsat.catalogues.CatalogueService;

/**
 * Supervision activities in the person's scope (a member organisation: those its people sit in):
 * filter by form, unit, state, subject category, period and words; export what the filter shows;
 * a row opens the activity.
 */
@Route("giam-sat")
@Menu(order = 200, title = "menu.supervision", icon = "vaadin:search")
@PermitAll
class ActivitiesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Select<String> form = new Select<>();
    final Select<String> status = new Select<>();
    final ComboBox<Long> unit = new ComboBox<>();
    final Select<String> category = new Select<>();
    final PortalDatePicker from;
    final PortalDatePicker to;
    final TextField search = new TextField();
    final Grid<Activity> grid = new Grid<>();
    final Span count = new Span();
    final Button add = new Button();
    private final ActivityService activities;
    private final Map<String, String> forms;
    private final Map<Long, String> unitNames = new HashMap<>();

    ActivitiesView(ActivityService activities, CatalogueService catalogues, SupervisionExport export,
                   CurrentUser currentUser) {
        this.activities = activities;
        addClassName("page");
        setSizeFull();
        forms = catalogues.active(Catalogue.SUPERVISION_FORM).stream()
                .collect(Collectors.toMap(CatalogueEntry::getCode, CatalogueEntry::getTitle, (a, b) -> a, LinkedHashMap::new));
        ListPage.allOr(form, getTranslation("supervision.form"), forms.keySet(), forms::get);
        ListPage.allOr(status, getTranslation("supervision.status"), ActivityStatus.class, "supervision.status");
        unit.setLabel(getTranslation("supervision.unit"));
        unit.setItems(activities.unitChoices());
        unit.setItemLabelGenerator(this::unitName);
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(getTranslation("plan.filter.all"));
        ListPage.allOr(category, getTranslation("supervision.category"), SubjectCategory.class, "supervision.category");
        from = new PortalDatePicker(getTranslation("supervision.filter.from"));
        to = new PortalDatePicker(getTranslation("supervision.filter.to"));
        from.setWidth("10rem");
        to.setWidth("10rem");
        ListPage.search(search, getTranslation("supervision.filter.search.placeholder"));
        ListPage.add(add, getTranslation("supervision.add"));
        add.setVisible(activities.carryingUnit().isPresent());
        add.addClickListener(e -> openNew());
        Anchor xlsx = SpreadsheetDownload.button(getTranslation("common.export-xlsx"), "giam-sat.xlsx",
                () -> export.activities(filter()));
        var filters = ListPage.filters(search, form, unit, status, category, from, to, search);
        HorizontalLayout top = ListPage.top(count, xlsx, add);
        count.addClassName("result-count");

        // titles, units and forms wrap instead of widening the grid: every column fits 1366 px with the menu open
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(Activity::getTitle).setHeader(getTranslation("supervision.title")).setFlexGrow(3).setWidth("14rem").setFrozen(true);
        grid.addColumn(a -> unitName(a.getUnitId())).setHeader(getTranslation("supervision.unit")).setFlexGrow(1).setWidth("7rem")
                .setTooltipGenerator(a -> activities.unitName(a.getUnitId()));
        grid.addColumn(a -> forms.getOrDefault(a.getFormCode(), a.getFormCode())).setHeader(getTranslation("supervision.form"))
                .setFlexGrow(1).setWidth("8rem");
        grid.addColumn(a -> PortalFormats.date(a.getPeriodFrom()) + " – " + PortalFormats.date(a.getPeriodTo()))
                .setHeader(getTranslation("supervision.period")).setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(a -> Badges.of(this, a.getStatus())).setHeader(getTranslation("supervision.status")).setWidth("8rem")
                .setFlexGrow(0);
        var user = currentUser.require();
        if (user.role() == Role.MEMBER_ORGANISATION) {
            // a member organisation's duties: who of its people sits in the delegation, in which role
            grid.addColumn(a -> activities.delegation(a.getId()).stream().filter(m -> m.getUnitId() == user.unitId())
                    .map(m -> m.getFullName() + " (" + getTranslation("supervision.role." + m.getRole().name()) + ")")
                    .collect(Collectors.joining("; "))).setHeader(getTranslation("supervision.my-members")).setWidth("9rem").setFlexGrow(1);
        }
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.SEARCH, getTranslation("supervision.empty.title"),
                getTranslation(add.isVisible() ? "supervision.empty.text" : "supervision.empty.member")));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ActivityView.class, ActivityView.of(e.getItem().getId()))));
        grid.setSizeFull();
        form.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        // on a phone: one card per activity, the filters folded into "Lọc"
        NarrowScreens.cards(grid, getTranslation("menu.supervision"), Activity::getTitle,
                a -> unitName(a.getUnitId()) + " · " + PortalFormats.date(a.getPeriodFrom()) + " – " + PortalFormats.date(a.getPeriodTo()),
                a -> getTranslation("supervision.status." + a.getStatus().name()), a -> a.getStatus().badgeClass());
        add(filters, top, grid);
        refresh();
    }

    ActivityService.Filter filter() {
        return new ActivityService.Filter(form.getValue() == null ? "" : form.getValue(),
                status.getValue() == null || status.getValue().isEmpty() ? null : ActivityStatus.valueOf(status.getValue()),
                unit.getValue() == null ? 0 : unit.getValue(),
                category.getValue() == null || category.getValue().isEmpty() ? null : SubjectCategory.valueOf(category.getValue()),
                from.getValue(), to.getValue(), search.getValue());
    }

    private void refresh() {
        ActivityService.Filter filter = filter();
        count.setText(getTranslation("supervision.count", PortalFormats.number(activities.list(filter,
                PageRequest.of(0, 1)).getTotalElements())));
        grid.setItems(q -> activities.list(filter, toSpringPageRequest(q)).stream());
    }

    private String unitName(long id) {
        return unitNames.computeIfAbsent(id, activities::unitShortName);
    }

    private void openNew() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("supervision.add"));
        TextField title = FieldLimits.limit(new TextField(getTranslation("supervision.title")), Activity.TITLE_MAX);
        title.setId("new-activity-title");
        title.setRequiredIndicatorVisible(true);
        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("supervision.form"));
        kind.setItems(forms.keySet());
        kind.setItemLabelGenerator(forms::get);
        kind.setValue(ActivityService.DELEGATION_FORM);
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        PortalDatePicker start = new PortalDatePicker(getTranslation("supervision.from"));
        PortalDatePicker end = new PortalDatePicker(getTranslation("supervision.to"));
        start.setValue(today);
        end.setValue(today.plusDays(30));
        FormLayout layout = new FormLayout(title, kind, start, end);
        layout.setColspan(title, 2);
        layout.setColspan(kind, 2);
        dialog.add(layout);
        dialog.setWidth("40rem");
        Button create = new Button(getTranslation("supervision.create"), e -> {
            if (title.getValue().isBlank()) {
                title.setErrorMessage(getTranslation("validation.required"));
                title.setInvalid(true);
                return;
            }
            if (start.getValue() == null || end.getValue() == null) {
                UserMessages.show(new UserFacingException("supervision.error.period"));
                return;
            }
            try {
                Activity a = activities.create(activities.carryingUnit().orElseThrow(), kind.getValue(), title.getValue(),
                        start.getValue(), end.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(ActivityView.class, ActivityView.of(a.getId())));
            } catch (UserFacingException refused) {
                UserMessages.show(refused);
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), create);
        dialog.open();
        title.focus();
    }

    /** A link from a figure sets the period and the unit ("?tu=…&den=…&don-vi=…"). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListLinks.apply(event.getLocation().getQueryParameters(), from, to, unit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.supervision");
    }
}
