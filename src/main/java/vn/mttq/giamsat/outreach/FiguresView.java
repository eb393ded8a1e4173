package vn.mttq.giamsat.outreach;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.base.ui.Breadcrumbs;
import vn.mttq.giamsat.base.ui.NarrowScreens;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.ui.SpreadsheetDownload;
import vn.mttq.giamsat.catalogues.Catalogue;
import vn.mttq.giamsat.catalogues.CatalogueService;
import vn.mttq.giamsat.deadlines.LegalTimeLimits;
import vn.mttq.giamsat.deadlines.ReportingPeriod;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * The figures of propaganda, training and good practices for a unit's subtree and a reporting
 * period: key numbers, then the unit's own row and one row per direct sub-unit (a row opens that
 * unit, the breadcrumbs lead back), attendance by audience and propaganda by form. Every number
 * comes from {@link OutreachFigures}, as the periodic reports' will.
 */
@Route("tap-huan/so-lieu")
@Menu(order = 430, title = "menu.outreach-figures", icon = "vaadin:chart-grid")
@PermitAll
class FiguresView extends VerticalLayout implements HasDynamicTitle {

    /** One row of the table: a unit and its figures (its own, or its branch's). */
    record Row(long unitId, String name, boolean own, OutreachFigures.Figures figures) {
    }

    final Select<ReportingPeriod> period = new Select<>();
    final PortalDatePicker from = new PortalDatePicker("");
    final PortalDatePicker to = new PortalDatePicker("");
    final Breadcrumbs trail = new Breadcrumbs();
    final Div keys = new Div();
    final Grid<Row> table = new Grid<>();
    final Grid<Map.Entry<Audience, Long>> audiences = new Grid<>();
    final Grid<Map.Entry<String, OutreachFigures.FormTotal>> forms = new Grid<>();
    private final OutreachFigures figures;
    private final RecipientDirectory directory;
    private final Map<String, String> formNames = new LinkedHashMap<>();
    private final List<Long> path = new ArrayList<>();
    /** The table's rows as last shown: what the spreadsheet download writes. */
    private List<Row> shown = List.of();

    FiguresView(OutreachFigures figures, RecipientDirectory directory, LegalTimeLimits limits, CatalogueService catalogues,
                OutreachScope scope) {
        this.figures = figures;
        this.directory = directory;
        addClassName("page");
        catalogues.active(Catalogue.PROPAGANDA_FORM).forEach(e -> formNames.put(e.getCode(), e.getTitle()));
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int year = today.getYear() + 1; year >= today.getYear() - 2; year--) {
            limits.periodsOf(year).reversed().stream().filter(p -> !p.from().isAfter(today)).forEach(periods::add);
        }
        period.setLabel(getTranslation("outreach.figures.period"));
        period.setItems(periods);
        period.setItemLabelGenerator(p -> getTranslation("outreach.figures.period." + p.kind(), String.valueOf(p.year()), PortalFormats.date(p.from()),
                PortalFormats.date(p.to())));
        period.setValue(limits.periodsContaining(today).stream().findFirst().orElse(periods.getFirst()));
        period.setWidth("26rem");
        period.setId("figures-period");
        path.add(scope.ownUnit()); // the province for its staff, a district's or member organisation's own unit
        keys.addClassName("key-figures");

        table.addColumn(r -> r.own() ? r.name() + " " + getTranslation("outreach.figures.own") : r.name())
                .setHeader(getTranslation("outreach.unit")).setFlexGrow(3).setWidth("10rem").setFrozen(true);
        table.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        for (SessionKind k : SessionKind.values()) {
            table.addColumn(r -> PortalFormats.number(r.figures().sessions().get(k))).setHeader(getTranslation("outreach.kind.short." + k.name()))
                    .setWidth("6rem").setFlexGrow(1).setTextAlign(ColumnTextAlign.END);
        }
        table.addColumn(r -> PortalFormats.number(r.figures().attendees())).setHeader(getTranslation("outreach.attendees")).setWidth("6rem")
                .setFlexGrow(1).setTextAlign(ColumnTextAlign.END);
        table.addColumn(r -> PortalFormats.number(r.figures().propagandaActivities())).setHeader(getTranslation("menu.propaganda"))
                .setWidth("6rem").setFlexGrow(1).setTextAlign(ColumnTextAlign.END);
        table.addColumn(r -> PortalFormats.number(r.figures().practicesRecognised())).setHeader(getTranslation("outreach.figures.recognised"))
                .setWidth("6rem").setFlexGrow(1).setTextAlign(ColumnTextAlign.END);
        table.setAllRowsVisible(true);
        table.addClassName("figures-table"); // a table of figures: on a phone it scrolls inside its own box
        table.setId("figures-table");
        table.addItemClickListener(e -> {
            if (!e.getItem().own() && !directory.directSubUnits(e.getItem().unitId()).isEmpty()) {
                path.add(e.getItem().unitId());
                refresh();
            }
        });
        // fixed widths: an auto-sized number column pushed the table 3 px past a phone's width
        audiences.addColumn(e -> getTranslation("outreach.audience." + e.getKey().name())).setHeader(getTranslation("outreach.audience"))
                .setWidth("8rem").setFlexGrow(3);
        audiences.addColumn(e -> PortalFormats.number(e.getValue())).setHeader(getTranslation("outreach.people")).setWidth("6rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        audiences.setAllRowsVisible(true);
        audiences.addClassName("figures-audiences");
        audiences.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        // on a phone the table sits in a narrow column: one card per audience
        NarrowScreens.cards(audiences, getTranslation("outreach.audience"), e -> getTranslation("outreach.audience." + e.getKey().name()),
                e -> getTranslation("outreach.people") + ": " + PortalFormats.number(e.getValue()), e -> "", e -> "");
        forms.addColumn(e -> formNames.getOrDefault(e.getKey(), e.getKey())).setHeader(getTranslation("outreach.form")).setFlexGrow(3);
        forms.addColumn(e -> PortalFormats.number(e.getValue().activities())).setHeader(getTranslation("outreach.figures.activities"))
                .setAutoWidth(true);
        forms.addColumn(e -> PortalFormats.number(e.getValue().quantity())).setHeader(getTranslation("outreach.quantity")).setAutoWidth(true);
        forms.addColumn(e -> PortalFormats.number(e.getValue().reach())).setHeader(getTranslation("outreach.reach")).setAutoWidth(true);
        forms.setAllRowsVisible(true);
        forms.addClassName("figures-forms");
        NarrowScreens.cards(forms, getTranslation("outreach.form"), e -> formNames.getOrDefault(e.getKey(), e.getKey()),
                e -> getTranslation("outreach.figures.activities") + " " + PortalFormats.number(e.getValue().activities()) + " · "
                        + getTranslation("outreach.quantity") + " " + PortalFormats.number(e.getValue().quantity()) + " · "
                        + getTranslation("outreach.reach") + " " + PortalFormats.number(e.getValue().reach()), e -> "", e -> "");
        HorizontalLayout detail = new HorizontalLayout(block("outreach.figures.by-audience", audiences), block("outreach.figures.by-form", forms));
        detail.setWidthFull();
        detail.setAlignItems(FlexComponent.Alignment.START);
        // any other range of days: both ends set, they take the place of the period
        from.setLabel(getTranslation("outreach.figures.from"));
        to.setLabel(getTranslation("outreach.figures.to"));
        from.setWidth("10rem");
        to.setWidth("10rem");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        period.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var xlsx = SpreadsheetDownload.button(getTranslation("common.export-xlsx"), "so-lieu-tuyen-truyen-tap-huan.xlsx",
                () -> OutreachExport.figures(shown, Texts.vi("outreach.figures.own")));
        HorizontalLayout when = new HorizontalLayout(period, from, to, xlsx);
        when.setAlignItems(FlexComponent.Alignment.BASELINE);
        when.setWrap(true);
        add(when, trail, keys, table, detail);
        refresh();
    }

    private VerticalLayout block(String titleKey, Grid<?> grid) {
        H3 title = new H3(getTranslation(titleKey));
        title.addClassName("section-title");
        VerticalLayout box = new VerticalLayout(title, grid);
        box.setPadding(false);
        box.setWidth("50%");
        return box;
    }

    /** The chosen range: both dates when both are set (and in order), otherwise the reporting period. */
    ReportingPeriod range() {
        if (from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue())) {
            return new ReportingPeriod("RANGE", from.getValue().getYear(), from.getValue(), to.getValue());
        }
        return period.getValue();
    }

    private void refresh() {
        ReportingPeriod p = range();
        long unit = path.getLast();
        List<Breadcrumbs.Step> steps = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            int depth = i;
            steps.add(new Breadcrumbs.Step(directory.unitShortName(path.get(i)), () -> {
                while (path.size() > depth + 1) {
                    path.removeLast();
                }
                refresh();
            }));
        }
        trail.show(steps);
        Map<Long, OutreachFigures.Figures> branches = figures.byBranch(unit, p.from(), p.to());
        OutreachFigures.Figures total = branches.values().stream().reduce(OutreachFigures.Figures.empty(), OutreachFigures.Figures::plus);
        keys.removeAll();
        keys.add(figure("outreach.figures.sessions", total.sessionsHeld()), figure("outreach.attendees", total.attendees()),
                figure("menu.propaganda", total.propagandaActivities()), figure("outreach.figures.recognised", total.practicesRecognised()));
        List<Row> rows = new ArrayList<>();
        Set<Long> committees = new HashSet<>();
        directory.frontCommittees(unit).forEach(c -> committees.add(c.id()));
        // departments of a Front committee rarely hold sessions of their own: their rows show only when they did
        branches.forEach((id, f) -> {
            boolean shown = id == unit || committees.contains(id) || directory.isMemberOrganisation(id) || !f.equals(OutreachFigures.Figures.empty());
            if (shown) {
                rows.add(new Row(id, directory.unitShortName(id), id == unit, f));
            }
        });
        shown = List.copyOf(rows);
        table.setItems(rows);
        audiences.setItems(total.attendance().entrySet());
        forms.setItems(total.propaganda().entrySet());
    }

    private Div figure(String labelKey, long value) {
        Span number = new Span(PortalFormats.number(value));
        number.addClassName("figure-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Div box = new Div(number, label);
        box.addClassNames("key-figure", "tone-neutral");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.outreach-figures");
    }
}
