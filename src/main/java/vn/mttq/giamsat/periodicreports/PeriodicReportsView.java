package vn.mttq.giamsat.periodicreports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.ui.NarrowScreens;
import vn.mttq.giamsat.deadlines.ReportingPeriod;
import vn.mttq.giamsat.organisation.DataScopeService;

/**
 * The periodic reports of a period: the person's own unit's report (open or start it), and for
 * the level above every reporting sub-unit's state with the consolidated report beside it.
 */
@Route("bao-cao-dinh-ky")
@Menu(order = 510, title = "menu.periodic-reports", icon = "vaadin:file-text")
@PermitAll
class PeriodicReportsView extends VerticalLayout implements HasDynamicTitle {

    final Select<ReportingPeriod> period = new Select<>();
    final Grid<PeriodicReportService.Standing> standings = new Grid<>();
    final VerticalLayout own = new VerticalLayout();
    final VerticalLayout board = new VerticalLayout();
    private final PeriodicReportService reports;
    private final PortalUser user;
    private final long boardUnit;

    PeriodicReportsView(PeriodicReportService reports, CurrentUser currentUser, DataScopeService scopes) {
        this.reports = reports;
        this.user = currentUser.require();
        addClassName("page");
        setSizeFull();
        H2 title = new H2(getTranslation("menu.periodic-reports"));
        title.addClassName("page-title");
        Paragraph intro = new Paragraph(getTranslation("report.list.intro"));
        intro.addClassName("page-intro");
        period.setLabel(getTranslation("outreach.figures.period"));
        period.setItems(reports.recentPeriods());
        period.setItemLabelGenerator(p -> ReportBadges.period(this, p));
        period.setValue(reports.lastEnded());
        period.addValueChangeListener(e -> show());
        period.setId("report-period");
        period.setWidth("26rem");
        boardUnit = user.role() == Role.DISTRICT_STAFF || user.role() == Role.MEMBER_ORGANISATION ? user.unitId()
                : scopes.of(user).rootUnitId();
        own.setPadding(false);
        board.setPadding(false);
        standings.addColumn(PeriodicReportService.Standing::unitName).setHeader(getTranslation("unit.name")).setFlexGrow(3);
        standings.addComponentColumn(s -> ReportBadges.of(this, s.status(), !s.counted() && late(s.due())))
                .setHeader(getTranslation("report.col.status")).setAutoWidth(true);
        standings.addColumn(s -> s.due() == null ? "" : PortalFormats.date(s.due())).setHeader(getTranslation("report.col.due")).setAutoWidth(true);
        standings.addComponentColumn(s -> submitted(this, s)).setHeader(getTranslation("report.col.submitted")).setAutoWidth(true);
        standings.addItemClickListener(e -> {
            if (e.getItem().report() != null) {
                open(e.getItem().report().getId());
            }
        });
        NarrowScreens.cards(standings, getTranslation("unit.name"), PeriodicReportService.Standing::unitName,
                s -> (s.due() == null ? "" : getTranslation("common.due-on", PortalFormats.date(s.due())))
                        + (submitted(this, s).getText().isEmpty() ? "" : " · " + submitted(this, s).getText()),
                s -> ReportBadges.of(this, s.status(), !s.counted() && late(s.due())));
        standings.setAllRowsVisible(true);
        standings.addClassName("report-standings");
        add(title, intro, period, own, board);
        show();
    }

    /** The day a report was sent, marked when it came after the due date. */
    static Span submitted(Component owner, PeriodicReportService.Standing s) {
        LocalDate on = s.report() == null ? null : s.report().getSubmittedOn();
        if (on == null) {
            return new Span();
        }
        boolean late = s.due() != null && on.isAfter(s.due());
        Span day = new Span(late ? owner.getTranslation("report.submitted-late", PortalFormats.date(on)) : PortalFormats.date(on));
        if (late) {
            day.addClassName("report-late");
        }
        return day;
    }

    private boolean late(LocalDate due) {
        return due != null && LocalDate.now(PortalFormats.VIETNAM).isAfter(due);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(PeriodicReportView.class, new RouteParameters("id", String.valueOf(id))));
    }

    private void show() {
        ReportingPeriod p = period.getValue();
        own.removeAll();
        board.removeAll();
        if (reports.isReporter(user.unitId())) {
            own.add(new H3(getTranslation("report.list.own", reports.unitName(user.unitId()))));
            var report = reports.find(user.unitId(), p);
            HorizontalLayout line = new HorizontalLayout(ReportBadges.of(this, report.map(PeriodicReport::getStatus).orElse(null),
                    (report.isEmpty() || report.get().getStatus().isEditable()) && late(p.due())));
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            if (p.due() != null) {
                line.add(new Paragraph(getTranslation("report.list.due", PortalFormats.date(p.due()))));
            }
            if (report.isPresent()) {
                Button openIt = new Button(getTranslation("report.action.open"), e -> open(report.get().getId()));
                openIt.addThemeName("primary");
                openIt.setId("report-open");
                line.add(openIt);
            } else if (reports.mayWrite(user.unitId())) {
                Button start = Guarded.button(getTranslation("report.action.start"), true, () -> open(reports.open(user.unitId(), p).getId()));
                start.setId("report-open");
                line.add(start);
            }
            own.add(line);
        }
        List<Long> under = user.role() == Role.MEMBER_ORGANISATION ? List.of() : reports.reportersUnder(boardUnit);
        if (!under.isEmpty()) {
            List<PeriodicReportService.Standing> rows = reports.standings(boardUnit, p);
            long sent = rows.stream().filter(PeriodicReportService.Standing::counted).count();
            H3 heading = new H3(getTranslation("report.list.board", String.valueOf(sent), String.valueOf(rows.size())));
            HorizontalLayout bar = new HorizontalLayout(heading);
            bar.setAlignItems(FlexComponent.Alignment.CENTER);
            var consolidated = reports.find(boardUnit, p);
            if (consolidated.isPresent()) {
                Button c = new Button(getTranslation("report.action.consolidation"), VaadinIcon.TABLE.create(), e -> open(consolidated.get().getId()));
                c.setId("report-consolidation");
                bar.add(ReportBadges.of(this, consolidated.get().getStatus(), false), c);
            } else if (reports.mayWrite(boardUnit)) {
                Button c = Guarded.button(getTranslation("report.action.consolidate"), false, () -> open(reports.open(boardUnit, p).getId()));
                c.setIcon(VaadinIcon.TABLE.create());
                c.setId("report-consolidation");
                bar.add(c);
            }
            standings.setItems(rows);
            board.add(bar, standings);
        } else if (!reports.isReporter(user.unitId())) {
            board.add(new EmptyState(VaadinIcon.FILE_TEXT, getTranslation("report.empty.title"), getTranslation("report.empty.text")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.periodic-reports");
    }
}
