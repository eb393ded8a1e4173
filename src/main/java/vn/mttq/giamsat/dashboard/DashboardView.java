package vn.mttq.giamsat.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.Breadcrumbs;
import vn.mttq.giamsat.base.ui.EChart;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.ListLinks;
import vn.mttq.giamsat.deadlines.DeadlineStatistics;
import vn.mttq.giamsat.deadlines.ReportingPeriod;
import vn.mttq.giamsat.indicators.IndicatorService;
import vn.mttq.giamsat.indicators.Values;
import vn.mttq.giamsat.organisation.Unit;
import vn.mttq.giamsat.organisation.UnitService;
import vn.mttq.giamsat.organisation.UnitSummary;

/**
 * The Front's figures for the person's scope and a reporting period: key figures with the change
 * from the period before; the main indicators per direct sub-unit; the on-time answer rates of
 * recommendations and cases, ranked; the trend over six periods; the map when one was uploaded;
 * open deadlines; a table of every sub-unit. A key figure, a bar or a map region opens the records
 * it counts (that unit, the period so far); a row of the table drills down into that unit, "back"
 * and the breadcrumbs climb up again, never above the person's scope. The numbers
 * come from the indicators' query service, as in the periodic reports, and download as XLSX.
 */
@Route("thong-ke")
@Menu(order = 500, title = "menu.dashboard", icon = "vaadin:chart")
@PermitAll
class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** One table row: a direct sub-unit (or the unit's own records) with its figures. */
    record Line(long unitId, String name, boolean own, long subUnits, Values values) {
    }

    private final UnitService units;
    private final DeadlineStatistics deadlines;
    private final Analytics analytics;
    private final IndicatorService indicators;
    private final UnitMap unitMap;
    final Select<ReportingPeriod> period = new Select<>();
    final Div keyFigures = new Div();
    final EChart chart = new EChart();
    final EChart ratesChart = new EChart();
    final EChart trendChart = new EChart();
    final EChart mapChart = new EChart();
    final Select<String> mapIndicator = new Select<>();
    final EChart deadlinesChart = new EChart();
    final Grid<Line> table = new Grid<>();
    final Breadcrumbs breadcrumbs = new Breadcrumbs();
    final Button back = new Button();
    final Anchor download;
    /** Shown instead of the deadlines chart when every count is zero: a chart of zeros says nothing. */
    final EmptyState noDeadlines;
    final VerticalLayout mapBox = new VerticalLayout();
    private final Deque<Unit> path = new ArrayDeque<>();
    private List<UnitSummary> shown = List.of();
    private List<Line> lines = List.of();
    private List<UnitSummary> ranked = List.of();
    private Analytics.Snapshot snapshot;
    /** Units left out of the on-time ranking because they received nothing to answer. */
    final Span ratesNoData = new Span();
    private boolean recount;
    final Span countedAt = new Span();
    private final Button again;

    DashboardView(UnitService units, DeadlineStatistics deadlines, Analytics analytics, IndicatorService indicators, UnitMap unitMap) {
        this.units = units;
        this.deadlines = deadlines;
        this.analytics = analytics;
        this.indicators = indicators;
        this.unitMap = unitMap;
        addClassName("page");
        addClassName("dashboard");
        setPadding(false);
        noDeadlines = new EmptyState(VaadinIcon.CHART, getTranslation("dashboard.empty.deadlines.title"),
                getTranslation("dashboard.empty.deadlines.text"));
        noDeadlines.addClassName("dashboard-no-deadlines");
        noDeadlines.setVisible(false);
        back.setText(getTranslation("dashboard.back"));
        back.addClickListener(e -> {
            path.pop();
            show();
        });
        breadcrumbs.addClassName("dashboard-location");
        period.setLabel(getTranslation("outreach.figures.period"));
        period.setItems(analytics.periods());
        period.setItemLabelGenerator(p -> getTranslation("outreach.figures.period." + p.kind(), String.valueOf(p.year()),
                PortalFormats.date(p.from()), PortalFormats.date(p.to())));
        period.setValue(defaultPeriod(analytics.periods()));
        period.addValueChangeListener(e -> show());
        period.setId("dashboard-period");
        period.setWidth("24rem");
        keyFigures.addClassNames("key-figures", "dashboard-key-figures");
        chart.addClassName("dashboard-chart");
        // a bar or a map region opens the records it counts, for that unit and period (issue 22); rows of the table drill down
        chart.addClickListener(e -> openRecords(shown, e.getIndex(), codeOfSeries(e.getSeries(), MAIN_CHART)));
        ratesChart.addClassName("dashboard-rates-chart");
        ratesChart.addClickListener(e -> openRecords(ranked, e.getIndex(), codeOfSeries(e.getSeries(), List.of("rate.recommendations", "rate.cases"))));
        trendChart.addClassName("dashboard-trend-chart");
        trendChart.setHeight("340px");
        mapChart.addClassName("dashboard-map");
        mapChart.setHeight("520px");
        mapChart.addClickListener(e -> shown.stream().filter(u -> u.shortName().equals(e.getCategory())).findFirst()
                .ifPresent(u -> openRecords(shown, shown.indexOf(u), mapIndicator.getValue())));
        deadlinesChart.addClassName("dashboard-deadlines-chart");
        // a bar of open or overdue items opens those items of that unit (han-xu-ly), not more charts (issue 22)
        deadlinesChart.addClickListener(e -> shown.stream().skip(Math.max(0, e.getIndex())).findFirst().ifPresent(u -> getUI().ifPresent(ui ->
                ui.navigate("han-xu-ly", QueryParameters.simple(Map.of("loc", "OPEN",
                        ListLinks.UNIT, String.valueOf(u.unitId())))))));
        List<String> mainCodes = new ArrayList<>(Analytics.MAIN);
        mapIndicator.setLabel(getTranslation("dashboard.map.indicator"));
        mapIndicator.setItems(mainCodes);
        mapIndicator.setItemLabelGenerator(this::indicatorName);
        mapIndicator.setValue(mainCodes.getFirst());
        mapIndicator.addValueChangeListener(e -> drawMap());
        mapBox.setPadding(false);
        mapBox.add(new H3(getTranslation("dashboard.map.title")), mapIndicator, mapChart);
        // headers wrap onto two or three lines and figures take a fixed width: the table fits 1366 px with the menu open
        table.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        table.addColumn(Line::name).setHeader(getTranslation("unit.name")).setFlexGrow(2).setWidth("10rem").setFrozen(true);
        for (String code : Analytics.MAIN) {
            table.addColumn(l -> PortalFormats.number(l.values().get(code))).setHeader(indicatorName(code))
                    .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(1);
        }
        table.addColumn(l -> Analytics.hasRecommendations(l.values()) ? Analytics.recommendationsOnTime(l.values()) + "%" : "—")
                .setTooltipGenerator(l -> Analytics.hasRecommendations(l.values()) ? "" : getTranslation("dashboard.no-data"))
                .setHeader(getTranslation("dashboard.rate.recommendations"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(1);
        table.addColumn(l -> Analytics.hasCases(l.values()) ? Analytics.casesOnTime(l.values()) + "%" : "—")
                .setTooltipGenerator(l -> Analytics.hasCases(l.values()) ? "" : getTranslation("dashboard.no-data"))
                .setHeader(getTranslation("dashboard.rate.cases"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(1);
        table.setAllRowsVisible(true);
        table.addItemClickListener(e -> {
            if (!e.getItem().own()) {
                shown.stream().filter(u -> u.unitId() == e.getItem().unitId()).findFirst().ifPresent(u -> drillDown(shown.indexOf(u)));
            }
        });
        table.addClassName("dashboard-table");
        table.setEmptyStateComponent(new EmptyState(VaadinIcon.SITEMAP, getTranslation("dashboard.empty.units.title"),
                getTranslation("dashboard.empty.units.text")));
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = DashboardSpreadsheet.write(key -> getTranslation(key), getLocale(), indicators.catalogue(), lines,
                    path.getFirst().getShortName(), period.getValue());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "thong-ke-" + period.getValue().year() + "-"
                    + period.getValue().kind().toLowerCase() + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    bytes.length);
        }), getTranslation("dashboard.download"));
        download.getElement().setAttribute("download", true);
        download.addClassName("dashboard-download");
        countedAt.addClassName("dashboard-counted-at");
        again = new Button(getTranslation("dashboard.recount"), VaadinIcon.REFRESH.create(), e -> {
            recount = true;
            show();
        });
        again.addThemeName("tertiary");
        again.setId("dashboard-recount");
        HorizontalLayout bar = new HorizontalLayout(period, back, breadcrumbs, countedAt, again);
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.setWrap(true);
        HorizontalLayout charts = new HorizontalLayout(ratesChart, trendChart);
        charts.setWidthFull();
        charts.setWrap(true);
        ratesChart.setWidth("48%");
        trendChart.setWidth("48%");
        ratesChart.setHeight("340px");
        ratesNoData.addClassName("dashboard-rates-no-data");
        add(bar, keyFigures, chart, charts, ratesNoData, mapBox, deadlinesChart, noDeadlines, table, download);
        path.push(units.scopeRoot());
    }

    /** Every visit counts afresh (the same view may be shown again). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    /** The shortest period holding today (the half-year, then the year): what is going on now. */
    private static ReportingPeriod defaultPeriod(List<ReportingPeriod> periods) {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        return periods.stream().filter(p -> !p.from().isAfter(today) && !p.to().isBefore(today))
                .min(Comparator.comparing((ReportingPeriod p) -> p.to().toEpochDay() - p.from().toEpochDay()))
                .orElse(periods.getFirst());
    }

    Button recountButton() {
        return again;
    }

    List<Line> lines() {
        return lines;
    }

    String indicatorName(String code) {
        return indicators.indicator(code).map(i -> i.name(getLocale())).orElse(code);
    }

    /** The indicators of the main chart, one series each. */
    static final List<String> MAIN_CHART = List.of("supervision.activities", "recommendations.received", "cases.received", "sessions.held");

    /** Which indicator a series shows, by its name on the chart. */
    private String codeOfSeries(String series, List<String> codes) {
        return codes.stream().filter(c -> seriesName(c).equals(series)).findFirst().orElse("");
    }

    private String seriesName(String code) {
        return code.startsWith("rate.") ? getTranslation("dashboard." + code) : indicatorName(code);
    }

    /**
     * The records behind a bar: that unit's list of what the indicator counts, over the period's
     * span so far. A figure with no list of its own drills into the unit instead.
     */
    void openRecords(List<UnitSummary> list, int index, String code) {
        if (index < 0 || index >= list.size()) {
            return;
        }
        UnitSummary unit = list.get(index);
        Optional<String> route = recordsOf(code);
        if (route.isEmpty()) {
            drillInto(list, index);
            return;
        }
        openList(route.get(), unit.unitId());
    }

    /** A list of records, narrowed to the period's span so far and, when given, a unit's subtree. */
    private void openList(String route, @Nullable Long unitId) {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        LocalDate to = today.isBefore(period.getValue().to()) ? today : period.getValue().to();
        getUI().ifPresent(ui -> ui.navigate(route, ListLinks.of(period.getValue().from(), to, unitId)));
    }

    void drillDown(int index) {
        drillInto(shown, index);
    }

    private void drillInto(List<UnitSummary> list, int index) {
        if (index < 0 || index >= list.size() || list.get(index).subUnits() == 0) {
            return;
        }
        path.push(units.get(list.get(index).unitId()));
        show();
    }

    private void climbTo(Unit unit) {
        while (path.size() > 1 && !path.getFirst().equals(unit)) {
            path.pop();
        }
        show();
    }

    private void show() {
        Unit current = path.getFirst();
        ReportingPeriod p = period.getValue();
        shown = units.childSummaries(current.getId());
        snapshot = analytics.snapshot(current.getId(), p, recount);
        recount = false;
        countedAt.setText(getTranslation("dashboard.counted-at", PortalFormats.dateTime(snapshot.countedAt())));
        List<Unit> fromTop = new ArrayList<>(path);
        Collections.reverse(fromTop);
        breadcrumbs.show(fromTop.stream().map(u -> new Breadcrumbs.Step(u.getShortName(), () -> climbTo(u))).toList());
        back.setEnabled(path.size() > 1);
        showKeyFigures();
        List<String> names = shown.stream().map(UnitSummary::shortName).toList();
        chart.setModel(new EChart.BarChart(getTranslation("dashboard.chart.main", current.getShortName()), names,
                MAIN_CHART.stream().map(code -> series(code, null)).toList(), false));
        chart.setVisible(!shown.isEmpty());
        // a unit that received nothing has no rate: it is left out of the ranking and said so, not ranked at 0 % (issue 22)
        ranked = shown.stream().filter(u -> Analytics.hasRecommendations(of(u.unitId())) || Analytics.hasCases(of(u.unitId())))
                .sorted(Comparator.comparingLong((UnitSummary u) -> Analytics.recommendationsOnTime(of(u.unitId())))
                .thenComparingLong(u -> Analytics.casesOnTime(of(u.unitId())))).toList();
        List<String> noData = shown.stream().filter(u -> !ranked.contains(u)).map(UnitSummary::shortName).toList();
        ratesNoData.setText(noData.isEmpty() ? "" : getTranslation("dashboard.rates.no-data", String.join(", ", noData)));
        ratesNoData.setVisible(!noData.isEmpty());
        ratesChart.setModel(EChart.BarChart.percent(getTranslation("dashboard.chart.rates"), ranked.stream().map(UnitSummary::shortName).toList(),
                List.of(new EChart.Series(seriesName("rate.recommendations"),
                                ranked.stream().map(u -> Analytics.recommendationsOnTime(of(u.unitId()))).toList(), "--portal-state-green"),
                        new EChart.Series(seriesName("rate.cases"),
                                ranked.stream().map(u -> Analytics.casesOnTime(of(u.unitId()))).toList(), "--portal-state-blue")), true));
        ratesChart.setVisible(!shown.isEmpty());
        trendChart.setModel(EChart.BarChart.line(getTranslation("dashboard.chart.trend"),
                snapshot.trend().stream().map(t -> getTranslation("dashboard.period.short." + t.period().kind(), String.valueOf(t.period().year())))
                        .toList(),
                Analytics.MAIN.stream().map(code -> new EChart.Series(indicatorName(code),
                        snapshot.trend().stream().map(t -> t.values().get(code)).toList())).toList()));
        drawMap();
        var counts = deadlines.openBySubtree(shown.stream().map(UnitSummary::unitId).toList(), LocalDate.now(PortalFormats.VIETNAM));
        deadlinesChart.setModel(new EChart.BarChart(getTranslation("dashboard.deadlines.title", current.getShortName()), names,
                List.of(new EChart.Series(getTranslation("dashboard.series.on-time"),
                                shown.stream().map(u -> counts.get(u.unitId()).onTime()).toList(), "--portal-state-blue"),
                        new EChart.Series(getTranslation("dashboard.series.overdue"),
                                shown.stream().map(u -> counts.get(u.unitId()).overdue()).toList(), "--portal-state-red")),
                false));
        boolean anyDeadline = counts.values().stream().anyMatch(c -> c.onTime() + c.overdue() > 0);
        deadlinesChart.setVisible(anyDeadline);
        noDeadlines.setVisible(!anyDeadline);
        List<Line> rows = new ArrayList<>();
        Values own = ownWithDepartments(current);
        rows.add(new Line(current.getId(), getTranslation("dashboard.own", current.getShortName()), true, 0, own));
        shown.forEach(u -> rows.add(new Line(u.unitId(), u.shortName(), false, u.subUnits(), of(u.unitId()))));
        lines = rows;
        table.setItems(lines);
    }

    /** The unit's own records and those of its departments, which are part of its office rather than areas. */
    private Values ownWithDepartments(Unit current) {
        Set<Long> areas = new HashSet<>(shown.stream().map(UnitSummary::unitId).toList());
        Map<String, Long> sum = new TreeMap<>(snapshot.current().own().asMap());
        snapshot.current().branches().forEach((id, v) -> {
            if (!areas.contains(id)) {
                v.asMap().forEach((code, n) -> sum.merge(code, n, Long::sum));
            }
        });
        return Values.of(sum);
    }

    private Values of(long unitId) {
        return Optional.ofNullable(snapshot.current().branches().get(unitId)).orElse(Values.of(Map.of()));
    }

    private EChart.Series series(String code, String tone) {
        return new EChart.Series(indicatorName(code), shown.stream().map(u -> of(u.unitId()).get(code)).toList(), tone);
    }

    private void drawMap() {
        Optional<String> geoJson = path.size() == 1 && snapshot != null ? unitMap.forDisplay() : Optional.empty();
        mapBox.setVisible(geoJson.isPresent());
        if (geoJson.isEmpty()) {
            return;
        }
        String code = mapIndicator.getValue();
        mapChart.setModel(EChart.BarChart.map(getTranslation("dashboard.map.chart", indicatorName(code)),
                shown.stream().map(UnitSummary::shortName).toList(),
                new EChart.Series(indicatorName(code), shown.stream().map(u -> of(u.unitId()).get(code)).toList()), geoJson.get()));
    }

    /** The list whose records a key figure counts. */
    static Optional<String> recordsOf(String code) {
        return Optional.ofNullable(switch (code) {
            case "supervision.activities" -> "giam-sat";
            case "recommendations.received", "rate.recommendations" -> "kien-nghi";
            case "cases.received", "rate.cases" -> "phan-anh";
            case "sessions.held", "attendance.total" -> "tap-huan";
            case "practices.recognised" -> "mo-hinh";
            default -> null;
        });
    }

    private void showKeyFigures() {
        keyFigures.removeAll();
        Map<String, Long> now = Analytics.keyFigures(snapshot.current().total());
        Map<String, Long> before = Analytics.keyFigures(snapshot.previous());
        now.forEach((code, value) -> {
            boolean rate = code.startsWith("rate.");
            Span number = new Span(PortalFormats.number(value) + (rate ? "%" : ""));
            number.addClassName("figure-value");
            Span label = new Span(rate ? getTranslation("dashboard." + code) : indicatorName(code));
            label.addClassName("figure-label");
            long delta = value - before.getOrDefault(code, 0L);
            // the same span of the period before, named: "so với cùng kỳ (đến 04/12/2025)"
            String span = snapshot.previousTo() == null ? "" : " " + getTranslation("dashboard.change.span", PortalFormats.date(snapshot.previousTo()));
            Span change = new Span((delta == 0 ? getTranslation("dashboard.change.none")
                    : getTranslation(delta > 0 ? "dashboard.change.up" : "dashboard.change.down", PortalFormats.number(Math.abs(delta))
                    + (rate ? getTranslation("dashboard.change.points") : ""))) + span);
            change.addClassNames("figure-change", delta > 0 ? "up" : delta < 0 ? "down" : "same");
            Div card = new Div(number, label, change);
            card.addClassNames("key-figure", "tone-neutral");
            card.getElement().setAttribute("data-code", code);
            recordsOf(code).ifPresent(route -> { // the records behind the figure, for this unit and period (issue 22)
                card.addClassName("key-figure-link");
                card.getElement().setAttribute("role", "link");
                card.getElement().setAttribute("tabindex", "0");
                card.getElement().setAttribute("title", getTranslation("dashboard.figure.open"));
                Runnable open = () -> openList(route, path.size() > 1 ? path.getFirst().getId() : null);
                card.addClickListener(e -> open.run());
                card.getElement().addEventListener("keydown", e -> open.run()).setFilter("event.key === 'Enter'");
            });
            keyFigures.add(card);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
