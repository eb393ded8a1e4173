package vn.mttq.giamsat.plans;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.base.ui.BoundedUpload;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.ListPage;
import vn.mttq.giamsat.base.ui.NarrowScreens;
import vn.mttq.giamsat.base.ui.PortalUpload;
import vn.mttq.giamsat.base.ui.SpreadsheetDownload;
import vn.mttq.giamsat.base.ui.UserMessages;

/** The plans a person issued or received: filter by state, year and words; a row opens the plan. */
@Route("ke-hoach")
@Menu(order = 100, title = "menu.plans", icon = "vaadin:clipboard-text")
@PermitAll
class PlansView extends VerticalLayout implements HasDynamicTitle {

    static final String ALL = "";

    final Select<String> status = new Select<>();
    final Select<Integer> year = new Select<>();
    final TextField search = new TextField();
    final ComboBox<Long> issuer = new ComboBox<>();
    final Grid<Plan> grid = new Grid<>();
    final Button add = new Button();
    final Button importWord = new Button();
    private final PlanService plans;
    private final Map<Long, String> unitNames = new HashMap<>();
    /** How many plans the filters find. */
    final Span count = new Span();

    PlansView(PlanService plans, PlanExport export) {
        this.plans = plans;
        addClassName("page");
        setSizeFull();
        ListPage.allOr(status, getTranslation("plan.filter.status"), PlanStatus.class, "plan.status");
        int thisYear = LocalDate.now(PortalFormats.VIETNAM).getYear();
        year.setLabel(getTranslation("plan.filter.year"));
        year.setItems(0, thisYear + 1, thisYear, thisYear - 1, thisYear - 2);
        year.setItemLabelGenerator(y -> y == 0 ? getTranslation("plan.filter.all") : String.valueOf(y));
        year.setValue(0);
        issuer.setLabel(getTranslation("plan.issuer"));
        issuer.setItems(plans.issuerChoices());
        issuer.setItemLabelGenerator(plans::unitShortName);
        issuer.setClearButtonVisible(true);
        issuer.setPlaceholder(getTranslation("plan.filter.all"));
        issuer.setWidth("16rem");
        issuer.addValueChangeListener(e -> refresh());
        ListPage.search(search, getTranslation("plan.filter.search.placeholder"));
        ListPage.add(add, getTranslation("plan.add"));
        add.setVisible(plans.draftingUnit().isPresent());
        add.addClickListener(e -> openNewDraft());
        importWord.setText(getTranslation("plan.import"));
        importWord.setVisible(add.isVisible());
        importWord.addClickListener(e -> openImport());
        var filters = ListPage.filters(search, status, year, issuer, search);

        grid.addColumn(p -> p.getNumberSymbol() == null ? getTranslation("plan.draft-number") : p.getNumberSymbol())
                .setHeader(getTranslation("plan.number")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(Plan::getTitle).setHeader(getTranslation("plan.title")).setFlexGrow(3).setWidth("18rem");
        grid.addColumn(p -> unitNames.computeIfAbsent(p.getIssuingUnitId(), plans::unitShortName)).setHeader(getTranslation("plan.issuer"))
                .setAutoWidth(true);
        grid.addColumn(p -> PortalFormats.date(p.getIssuedOn())).setHeader(getTranslation("plan.issued-on")).setAutoWidth(true);
        grid.addComponentColumn(PlansView::badge).setHeader(getTranslation("plan.status")).setAutoWidth(true);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.CLIPBOARD_TEXT, getTranslation("plan.empty.title"),
                getTranslation("plan.empty.text")));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PlanView.class, PlanView.of(e.getItem().getId()))));
        NarrowScreens.cards(grid, getTranslation("menu.plans"), Plan::getTitle,
                p -> (p.getNumberSymbol() == null ? getTranslation("plan.draft-number") : p.getNumberSymbol()) + " · "
                        + unitNames.computeIfAbsent(p.getIssuingUnitId(), plans::unitShortName)
                        + (p.getIssuedOn() == null ? "" : " · " + PortalFormats.date(p.getIssuedOn())),
                PlansView::badgeText, PlansView::badgeClass);
        grid.setSizeFull();
        status.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        count.addClassName("result-count");
        var xlsx = SpreadsheetDownload.button(getTranslation("common.export-xlsx"), "ke-hoach.xlsx",
                () -> export.plans(filter()));
        HorizontalLayout top = ListPage.top(count, xlsx, importWord, add);
        add(filters, top, grid);
        refresh();
    }

    static Span badge(Plan plan) {
        Span badge = new Span(badgeText(plan));
        badge.addClassNames("state-badge", badgeClass(plan));
        return badge;
    }

    private static String badgeClass(Plan plan) {
        return switch (plan.getStatus()) {
            case DRAFT -> "state-draft";
            case PUBLISHED -> "state-progress";
            case CLOSED -> "state-done";
        };
    }

    private static String badgeText(Plan plan) {
        return UI.getCurrent() == null ? plan.getStatus().name()
                : UI.getCurrent().getTranslation("plan.status." + plan.getStatus().name());
    }

    private PlanService.Filter filter() {
        return new PlanService.Filter(status.getValue() == null || status.getValue().isEmpty() ? null
                : PlanStatus.valueOf(status.getValue()), year.getValue() == null ? 0 : year.getValue(),
                issuer.getValue() == null ? 0 : issuer.getValue(), search.getValue());
    }

    private void refresh() {
        PlanService.Filter filter = filter();
        count.setText(getTranslation("plan.count", PortalFormats.number(plans.count(filter))));
        grid.setItems(q -> plans.list(filter, toSpringPageRequest(q)).stream());
    }

    private void openNewDraft() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plan.add"));
        TextField title = FieldLimits.limit(new TextField(getTranslation("plan.title")), Plan.TITLE_MAX);
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        dialog.add(title);
        dialog.setWidth("36rem");
        Button create = new Button(getTranslation("plan.create"), e -> {
            String problem = title.getValue().isBlank() ? "validation.required" : TextPolicy.problem(title.getValue(), Plan.TITLE_MAX, false);
            if (problem != null) {
                title.setErrorMessage(getTranslation(problem, Plan.TITLE_MAX));
                title.setInvalid(true);
                return;
            }
            try {
                Plan plan = plans.createDraft(plans.draftingUnit().orElseThrow(), title.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(PlanView.class, PlanView.of(plan.getId())));
            } catch (UserFacingException refused) {
                UserMessages.show(refused);
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), create);
        dialog.open();
        title.focus();
    }

    private void openImport() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plan.import"));
        dialog.setWidth("36rem");
        PortalUpload upload = new PortalUpload();
        upload.setAcceptedFileTypes(".docx");
        upload.setMaxFiles(1);
        BoundedUpload.eachStored(upload, PlanImport.MAX_BYTES, (fileName, bytes) -> {
            try {
                Plan plan = plans.importDraft(plans.draftingUnit().orElseThrow(), bytes);
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(PlanView.class, PlanView.of(plan.getId())));
            } catch (UserFacingException refused) {
                UserMessages.show(refused);
            }
        });
        dialog.add(new Paragraph(getTranslation("plan.import.help")), upload);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.plans");
    }
}
