package vn.mttq.giamsat.outreach;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import vn.mttq.giamsat.attachments.AttachmentService;
import vn.mttq.giamsat.attachments.AttachmentsPanel;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.ui.ListLinks;
import vn.mttq.giamsat.base.ui.ListPage;
import vn.mttq.giamsat.base.ui.NarrowScreens;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.ui.SpreadsheetDownload;
import vn.mttq.giamsat.catalogues.Catalogue;
import vn.mttq.giamsat.catalogues.CatalogueService;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/** Propaganda activities of the person's scope by form, period and words; recording and changing one in a dialog. */
@Route("tuyen-truyen")
@Menu(order = 410, title = "menu.propaganda", icon = "vaadin:megaphone")
@PermitAll
class PropagandaView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Select<String> form = new Select<>();
    final ComboBox<Long> unit = new ComboBox<>();
    final PortalDatePicker from;
    final PortalDatePicker to;
    final TextField search = new TextField();
    final Grid<PropagandaActivity> grid = new Grid<>();
    final Span count = new Span();
    final Button add = new Button();
    private final PropagandaService propaganda;
    private final Map<String, String> forms = new LinkedHashMap<>();
    private final Map<String, String> themes = new LinkedHashMap<>();
    private final Map<Long, String> units = new LinkedHashMap<>();
    private final Map<Long, String> unitNames = new HashMap<>();
    private final RecipientDirectory directory;

    private final AttachmentService attachments;

    PropagandaView(PropagandaService propaganda, CatalogueService catalogues, RecipientDirectory directory, OutreachScope scope,
                   AttachmentService attachments, OutreachExport export) {
        this.propaganda = propaganda;
        this.attachments = attachments;
        this.directory = directory;
        addClassName("page");
        setSizeFull();
        catalogues.active(Catalogue.PROPAGANDA_FORM).forEach(e -> forms.put(e.getCode(), e.getTitle()));
        catalogues.active(Catalogue.LEGAL_BASIS).forEach(e -> themes.put(e.getCode(), e.getTitle()));
        units.putAll(scope.unitChoices());
        ListPage.allOr(form, getTranslation("outreach.form"), forms.keySet(), c -> forms.getOrDefault(c, c));
        ListPage.unitChoice(unit, getTranslation("outreach.unit"), units);
        unit.setVisible(scope.memberUnit() == 0);
        from = new PortalDatePicker(getTranslation("outreach.filter.from"));
        to = new PortalDatePicker(getTranslation("outreach.filter.to"));
        from.setWidth("10rem");
        to.setWidth("10rem");
        ListPage.search(search, getTranslation("outreach.filter.search.placeholder"));
        ListPage.add(add, getTranslation("outreach.propaganda.add"));
        add.setId("propaganda-add");
        add.addClickListener(e -> edit(null));
        var filters = ListPage.filters(search, form, unit, from, to, search);
        count.addClassName("result-count");
        var xlsx = SpreadsheetDownload.button(getTranslation("common.export-xlsx"), "tuyen-truyen.xlsx",
                () -> export.propaganda(form.getValue(), unit.getValue() == null ? 0 : unit.getValue(), from.getValue(), to.getValue(),
                        search.getValue(), forms));
        HorizontalLayout top = ListPage.top(count, xlsx, add);
        // widths that fit a 1366-pixel screen beside the menu; long texts wrap, the full text is on the row's dialog
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(PropagandaActivity::getTitle).setHeader(getTranslation("outreach.title")).setFlexGrow(3).setWidth("14rem");
        grid.addColumn(p -> forms.getOrDefault(p.getFormCode(), p.getFormCode())).setHeader(getTranslation("outreach.form"))
                .setFlexGrow(1).setWidth("8rem");
        grid.addColumn(p -> unitNames.computeIfAbsent(p.getUnitId(), directory::unitShortName)).setHeader(getTranslation("outreach.unit"))
                .setFlexGrow(1).setWidth("7rem");
        grid.addColumn(p -> SessionsView.dates(p.getFromOn(), p.getToOn())).setHeader(getTranslation("outreach.dates")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(p -> PortalFormats.number(p.getQuantity()) + " " + getTranslation("outreach.quantity-unit." + p.getQuantityUnit().name()))
                .setHeader(getTranslation("outreach.quantity")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(p -> PortalFormats.number(p.getReach())).setHeader(getTranslation("outreach.reach")).setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.MEGAPHONE, getTranslation("outreach.propaganda.empty.title"),
                getTranslation("outreach.propaganda.empty.text")));
        grid.addItemClickListener(e -> edit(e.getItem()));
        NarrowScreens.cards(grid, getTranslation("menu.propaganda"), PropagandaActivity::getTitle,
                p -> forms.getOrDefault(p.getFormCode(), p.getFormCode()) + " · " + unitNames.computeIfAbsent(p.getUnitId(), directory::unitShortName)
                        + " · " + SessionsView.dates(p.getFromOn(), p.getToOn()) + " · " + getTranslation("outreach.reach") + " "
                        + PortalFormats.number(p.getReach()),
                p -> "", p -> "");
        grid.setSizeFull();
        form.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        add(filters, top, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListLinks.apply(event.getLocation().getQueryParameters(), from, to, unit);
    }

    private void refresh() {
        String f = form.getValue();
        long u = unit.getValue() == null ? 0 : unit.getValue();
        LocalDate a = from.getValue();
        LocalDate b = to.getValue();
        String text = search.getValue();
        count.setText(getTranslation("outreach.propaganda.count",
                PortalFormats.number(propaganda.list(f, u, a, b, text, PageRequest.of(0, 1)).getTotalElements())));
        grid.setItems(q -> propaganda.list(f, u, a, b, text, toSpringPageRequest(q)).stream());
    }

    /** The record-or-change dialog; {@code existing} null records a new activity. */
    private void edit(@Nullable PropagandaActivity existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "outreach.propaganda.add" : "outreach.propaganda.edit"));
        TextField title = FieldLimits.limit(new TextField(getTranslation("outreach.title")), 300);
        title.setId("propaganda-title");
        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("outreach.form"));
        kind.setItems(forms.keySet());
        kind.setItemLabelGenerator(c -> forms.getOrDefault(c, c));
        ComboBox<Long> owner = new ComboBox<>(getTranslation("outreach.unit"));
        owner.setItems(units.keySet());
        owner.setItemLabelGenerator(id -> units.getOrDefault(id, directory.unitShortName(id)));
        MultiSelectComboBox<String> subjects = new MultiSelectComboBox<>(getTranslation("outreach.themes"));
        subjects.setItems(themes.keySet());
        subjects.setItemLabelGenerator(c -> themes.getOrDefault(c, c));
        PortalDatePicker start = new PortalDatePicker(getTranslation("outreach.starts"));
        PortalDatePicker end = new PortalDatePicker(getTranslation("outreach.ends"));
        IntegerField quantity = new IntegerField(getTranslation("outreach.quantity"));
        quantity.setMin(0);
        quantity.setId("propaganda-quantity");
        Select<QuantityUnit> measure = new Select<>();
        measure.setLabel(getTranslation("outreach.quantity-unit"));
        measure.setItems(QuantityUnit.values());
        measure.setItemLabelGenerator(m -> getTranslation("outreach.quantity-unit." + m.name()));
        IntegerField reach = new IntegerField(getTranslation("outreach.reach"));
        reach.setMin(0);
        TextField link = FieldLimits.limit(new TextField(getTranslation("outreach.link")), 500);
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        if (existing == null) {
            kind.setValue(forms.keySet().stream().findFirst().orElse(null));
            owner.setValue(propaganda.defaultUnit());
            start.setValue(today);
            end.setValue(today);
            quantity.setValue(1);
            measure.setValue(QuantityUnit.SESSIONS);
            reach.setValue(0);
        } else {
            title.setValue(existing.getTitle());
            kind.setValue(existing.getFormCode());
            owner.setValue(existing.getUnitId());
            owner.setReadOnly(true);
            subjects.setValue(existing.getThemes().isBlank() ? Set.of() : Set.of(existing.getThemes().split(",")));
            start.setValue(existing.getFromOn());
            end.setValue(existing.getToOn());
            quantity.setValue(existing.getQuantity());
            measure.setValue(existing.getQuantityUnit());
            reach.setValue(existing.getReach());
            link.setValue(existing.getLink());
        }
        FormLayout layout = new FormLayout(title, kind, owner, subjects, start, end, quantity, measure, reach, link);
        layout.setColspan(title, 2);
        layout.setColspan(subjects, 2);
        layout.setColspan(link, 2);
        dialog.add(layout);
        boolean editable = existing == null || propaganda.mayEdit(existing);
        if (existing != null) {
            // the article, the leaflet, the photo of the banner: files beside the link
            dialog.add(new AttachmentsPanel(attachments, PropagandaService.SOURCE_TYPE,
                    String.valueOf(existing.getId()), existing.getUnitId(), false, editable));
            for (var field : List.<HasValue<?, ?>>of(title, kind, subjects, start, end, quantity, measure, reach, link)) {
                field.setReadOnly(!editable);
            }
        } else {
            Paragraph later = new Paragraph(
                    getTranslation("outreach.propaganda.files-later"));
            later.addClassName("page-intro");
            dialog.add(later);
        }
        dialog.setWidth("44rem");
        Button save = Guarded.button(getTranslation("common.save"), true, () -> {
            if (start.getValue() == null || end.getValue() == null || owner.getValue() == null || kind.getValue() == null) {
                throw new UserFacingException("validation.required");
            }
            PropagandaService.Entry entry = new PropagandaService.Entry(kind.getValue(), subjects.getValue().stream().sorted().toList(),
                    title.getValue(), start.getValue(), end.getValue(), quantity.getValue() == null ? 0 : quantity.getValue(),
                    measure.getValue(), reach.getValue() == null ? 0 : reach.getValue(), link.getValue());
            dialog.close();
            if (existing == null) {
                edit(propaganda.record(owner.getValue(), entry)); // open again, now with its files
            } else {
                propaganda.change(existing.getId(), existing.getVersion(), entry);
            }
            refresh();
        });
        save.setId("propaganda-save");
        save.setVisible(editable);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()), save);
        dialog.open();
        title.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.propaganda");
    }
}
