package vn.mttq.giamsat.periodicreports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.mttq.giamsat.audit.ActorNames;
import vn.mttq.giamsat.audit.AuditEntry;
import vn.mttq.giamsat.audit.HistoryGrid;
import vn.mttq.giamsat.base.errors.RecordRoutes;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.Breadcrumbs;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.ui.UserMessages;
import vn.mttq.giamsat.reports.ReportFormat;

/**
 * One periodic report: the indicator table (computed figure, the unit's figure and its reason),
 * the narrative with last period's text (or, consolidated, each sub-unit's text) beside each
 * section, the sub-units' standing for a consolidated report, the history; the steps its state
 * and the person's place allow; the document and its annex to download.
 */
@Route("bao-cao-dinh-ky/:id(\\d+)")
@PermitAll
class PeriodicReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final HorizontalLayout actions = new HorizontalLayout();
    final TabSheet tabs = new TabSheet();
    final Grid<PeriodicReportService.Row> table = new Grid<>();
    final Map<String, IntegerField> figures = new HashMap<>();
    final Map<String, TextField> reasons = new HashMap<>();
    final Map<Section, TextArea> texts = new EnumMap<>(Section.class);
    private final PeriodicReportService reports;
    private final ActorNames actors;
    private final PeriodicReportDocuments documents;
    private PeriodicReport report;

    private final RecordRoutes recordRoutes;

    PeriodicReportView(RecordRoutes recordRoutes, PeriodicReportService reports, PeriodicReportDocuments documents,
                       ActorNames actors) {
        this.recordRoutes = recordRoutes;
        this.actors = actors;
        this.reports = reports;
        this.documents = documents;
        addClassName("page");
        setSizeFull();
        tabs.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        recordRoutes.open(event, "bao-cao-dinh-ky", reports::get).ifPresent(found -> {
            report = found;
            show();
        });
    }

    private void reload() {
        report = reports.get(report.getId());
        show();
    }

    private void show() {
        removeAll();
        Breadcrumbs crumbs = new Breadcrumbs();
        crumbs.show(List.of(new Breadcrumbs.Step(getTranslation("menu.periodic-reports"),
                        () -> getUI().ifPresent(ui -> ui.navigate(PeriodicReportsView.class))),
                new Breadcrumbs.Step(reports.title(report), () -> { })));
        title.setText(reports.title(report));
        title.addClassName("page-title");
        HorizontalLayout heading = new HorizontalLayout(title, ReportBadges.of(this, report.getStatus(), false));
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph meta = new Paragraph(getTranslation(report.isConsolidated() ? "report.meta.consolidated" : "report.meta",
                ReportBadges.period(this, report.period()),
                report.getSubmittedOn() == null ? "—" : PortalFormats.date(report.getSubmittedOn()),
                report.getNumberSymbol() == null ? "—" : report.getNumberSymbol() + " (" + PortalFormats.date(report.getIssuedOn()) + ")"));
        meta.addClassName("page-intro");
        add(crumbs, heading, meta);
        if (report.getStatus() == ReportStatus.RETURNED && report.getReturnComment() != null) {
            Div returned = new Div(new Span(getTranslation("report.returned-comment")), new Paragraph(report.getReturnComment()));
            returned.addClassNames("callout", "callout-warning", "report-returned");
            add(returned);
        }
        boolean editing = report.getStatus().isEditable() && reports.mayWrite(report.getUnitId());
        actions.removeAll();
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        steps(editing);
        actions.add(download(ReportFormat.PDF), download(ReportFormat.DOCX), download(ReportFormat.XLSX));
        int selected = tabs.getSelectedIndex();
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        tabs.add(getTranslation("report.tab.figures"), figuresTab(editing));
        tabs.add(getTranslation("report.tab.narrative"), narrativeTab(editing));
        if (report.isConsolidated()) {
            tabs.add(getTranslation("report.tab.standings"), standingsTab());
        }
        tabs.add(getTranslation("report.tab.history"), history());
        if (selected > 0 && selected < tabs.getTabCount()) {
            tabs.setSelectedIndex(selected);
        }
        add(actions, tabs);
    }

    private void steps(boolean editing) {
        if (editing) {
            Button save = Guarded.button(getTranslation("common.save"), false, () -> {
                save();
                UserMessages.info(getTranslation("report.saved"));
                reload();
            });
            save.setId("report-save");
            actions.add(save);
            Button send = Guarded.button(getTranslation(report.isConsolidated() ? "report.action.issue" : "report.action.submit"), true,
                    () -> confirm(report.isConsolidated() ? "report.confirm.issue" : "report.confirm.submit", () -> {
                        save();
                        report = report.isConsolidated() ? reports.issue(report.getId(), report.getVersion()) : reports.submit(report.getId());
                        UserMessages.info(getTranslation("report.saved"));
                        reload();
                    }));
            send.setId("report-submit");
            actions.add(send);
        }
        if (report.getStatus() == ReportStatus.SUBMITTED && reports.mayDecide(report)) {
            Button accept = Guarded.button(getTranslation("report.action.accept"), true, () -> {
                reports.accept(report.getId());
                reload();
            });
            accept.setId("report-accept");
            Button giveBack = Guarded.button(getTranslation("report.action.return"), false, this::returnDialog);
            giveBack.setId("report-return");
            actions.add(accept, giveBack);
        }
    }

    private void confirm(String key, Runnable action) {
        Guarded.confirm(getTranslation(key + ".title"), getTranslation(key + ".text"), getTranslation(key + ".ok"), action);
    }

    private void returnDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("report.action.return"));
        TextArea comment = FieldLimits.limit(new TextArea(getTranslation("report.return.comment")), PeriodicReportService.COMMENT_MAX);
        comment.setWidth("32rem");
        comment.setId("report-return-comment");
        Button ok = Guarded.button(getTranslation("report.action.return"), true, () -> {
            reports.giveBack(report.getId(), comment.getValue());
            dialog.close();
            reload();
        });
        ok.setId("report-return-ok");
        dialog.add(comment);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** Saves text and corrections while the report may still change. */
    private void save() {
        Map<Section, String> narrative = new EnumMap<>(Section.class);
        texts.forEach((s, area) -> narrative.put(s, area.getValue()));
        Map<String, PeriodicReportService.Correction> corrections = new LinkedHashMap<>();
        for (var e : figures.entrySet()) {
            if (e.getValue().isInvalid()) {
                throw new UserFacingException("report.error.number");
            }
            corrections.put(e.getKey(), new PeriodicReportService.Correction(e.getValue().getValue() == null ? null
                    : e.getValue().getValue().longValue(), reasons.get(e.getKey()).getValue()));
        }
        report = reports.save(report.getId(), report.getVersion(), narrative, corrections);
    }

    private Component figuresTab(boolean editing) {
        figures.clear();
        reasons.clear();
        List<PeriodicReportService.Row> rows = reports.rows(report);
        Grid<PeriodicReportService.Row> grid = new Grid<>();
        grid.addClassName("report-figures");
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            numbers.put(rows.get(i).indicator().code(), i + 1);
        }
        grid.addColumn(r -> numbers.get(r.indicator().code())).setHeader(getTranslation("report.col.no")).setWidth("4rem").setFlexGrow(0)
                .setFrozen(report.isConsolidated());
        var name = grid.addColumn(r -> r.indicator().name(getLocale())).setHeader(getTranslation("report.col.indicator")).setFlexGrow(4)
                .setTooltipGenerator(r -> r.indicator().name(getLocale()) + " — " + r.indicator().method(getLocale()));
        if (report.isConsolidated()) {
            // many unit columns: the indicator's name stays in view and wide enough to read while scrolling sideways
            name.setWidth("22rem").setFlexGrow(0).setFrozen(true);
        }
        grid.addColumn(r -> r.indicator().measure(getLocale())).setHeader(getTranslation("report.col.measure")).setAutoWidth(true);
        if (report.isConsolidated()) {
            consolidatedColumns(grid);
        } else {
            grid.addColumn(r -> PortalFormats.number(r.computed())).setHeader(getTranslation("report.col.computed"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            if (editing) {
                grid.addComponentColumn(r -> {
                    IntegerField f = new IntegerField();
                    f.setMin(0);
                    f.setWidth("7rem");
                    f.setValue(r.corrected() == null ? null : Math.toIntExact(r.corrected()));
                    f.setPlaceholder(PortalFormats.number(r.computed()));
                    f.setAriaLabel(r.indicator().nameVi());
                    figures.put(r.indicator().code(), f);
                    return f;
                }).setHeader(getTranslation("report.col.value")).setAutoWidth(true);
                grid.addComponentColumn(r -> {
                    TextField t = FieldLimits.limit(new TextField(), PeriodicReportService.REASON_MAX);
                    t.setValue(r.reason() == null ? "" : r.reason());
                    t.setWidthFull();
                    t.setAriaLabel(getTranslation("report.col.reason"));
                    reasons.put(r.indicator().code(), t);
                    return t;
                }).setHeader(getTranslation("report.col.reason")).setFlexGrow(3);
            } else {
                grid.addColumn(r -> PortalFormats.number(r.value())).setHeader(getTranslation("report.col.value"))
                        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                        .setPartNameGenerator(r -> r.corrected() == null ? null : "corrected");
                grid.addColumn(r -> r.reason() == null ? "" : r.reason()).setHeader(getTranslation("report.col.reason")).setFlexGrow(3);
            }
        }
        grid.setItems(rows);
        grid.setHeight("60vh");
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        if (editing && !report.isConsolidated()) {
            tab.add(new Paragraph(getTranslation("report.figures.help")));
        }
        tab.add(grid);
        return tab;
    }

    /** One column per reporting sub-unit (its sent figure, or a dash and a marked header while missing), then the sum. */
    private void consolidatedColumns(Grid<PeriodicReportService.Row> grid) {
        Map<Long, Map<String, Long>> sent = reports.sentValues(report);
        for (PeriodicReportService.Standing s : reports.standings(report.getUnitId(), report.period())) {
            Map<String, Long> v = sent.get(s.unitId());
            Span header = new Span(s.unitName() + (v == null ? " " + getTranslation("report.consolidation.missing-mark") : ""));
            if (v == null) {
                header.addClassName("report-missing");
            }
            grid.addColumn(r -> v == null ? "—" : PortalFormats.number(v.getOrDefault(r.indicator().code(), 0L)))
                    .setHeader(header).setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0)
                    .setPartNameGenerator(r -> v == null ? "missing" : null);
        }
        grid.addColumn(r -> PortalFormats.number(r.value())).setHeader(getTranslation("report.col.sum"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0).setPartNameGenerator(r -> "sum");
    }

    private Component narrativeTab(boolean editing) {
        texts.clear();
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        Map<Section, String> previous = reports.previous(report).map(PeriodicReport::narrative).orElse(Map.of());
        Map<Section, List<PeriodicReportService.Contribution>> gathered = report.isConsolidated() ? reports.contributions(report) : Map.of();
        report.narrative().forEach((section, text) -> {
            TextArea area = FieldLimits.limit(new TextArea(getTranslation(section.translationKey())), PeriodicReport.TEXT_MAX);
            area.setValue(text);
            area.setWidthFull();
            area.setMinHeight("7rem");
            area.setReadOnly(!editing);
            area.setId("report-section-" + section.name().toLowerCase());
            texts.put(section, area);
            tab.add(area);
            if (report.isConsolidated()) {
                List<PeriodicReportService.Contribution> parts = gathered.getOrDefault(section, List.of());
                VerticalLayout list = new VerticalLayout();
                list.setPadding(false);
                parts.forEach(c -> list.add(new Paragraph(new Span(c.unitName() + ": "), new Span(c.text()))));
                Details details = new Details(getTranslation("report.narrative.gathered", String.valueOf(parts.size())), list);
                details.setOpened(editing && !parts.isEmpty());
                tab.add(details);
            } else if (previous.get(section) != null && !previous.get(section).isBlank()) {
                tab.add(new Details(getTranslation("report.narrative.previous"), new Paragraph(previous.get(section))));
            }
        });
        return tab;
    }

    private Component standingsTab() {
        Grid<PeriodicReportService.Standing> grid = new Grid<>();
        grid.addColumn(PeriodicReportService.Standing::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(3);
        grid.addComponentColumn(s -> ReportBadges.of(this, s.status(), !s.counted() && s.due() != null
                && LocalDate.now(PortalFormats.VIETNAM).isAfter(s.due()))).setHeader(getTranslation("report.col.status")).setAutoWidth(true);
        grid.addComponentColumn(s -> PeriodicReportsView.submitted(this, s)).setHeader(getTranslation("report.col.submitted")).setAutoWidth(true);
        grid.setItems(reports.standings(report.getUnitId(), report.period()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<AuditEntry> history() {
        return new HistoryGrid(reports.history(report.getId()), actors);
    }

    private Anchor download(ReportFormat format) {
        long id = report.getId();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            PeriodicReport r = reports.get(id);
            byte[] bytes = documents.render(id, format);
            return new DownloadResponse(new ByteArrayInputStream(bytes), documents.fileName(r, format), format.contentType(), bytes.length);
        }), getTranslation("report.download." + format.extension()));
        link.getElement().setAttribute("download", true);
        link.addClassName("report-download-" + format.extension());
        return link;
    }

    @Override
    public String getPageTitle() {
        return report == null ? getTranslation("menu.periodic-reports") : reports.title(report);
    }
}
