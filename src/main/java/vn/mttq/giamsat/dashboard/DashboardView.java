package vn.mttq.giamsat.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.mttq.giamsat.base.Breadcrumbs;
import vn.mttq.giamsat.base.EChart;
import vn.mttq.giamsat.base.EmptyState;
import vn.mttq.giamsat.base.PortalFormats;
import vn.mttq.giamsat.deadlines.DeadlineStatistics;
import vn.mttq.giamsat.organisation.Unit;
import vn.mttq.giamsat.organisation.UnitService;
import vn.mttq.giamsat.organisation.UnitSummary;

/**
 * Per direct sub-unit of the user's scope: open deadlines (within their time limit and
 * overdue), sub-units and accounts. Clicking a bar or a row drills down into that unit; "back"
 * climbs up again, never above the user's own scope.
 */
@Route("thong-ke")
@Menu(order = 500, title = "menu.dashboard", icon = "vaadin:chart")
@PermitAll
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final UnitService units;
    private final DeadlineStatistics deadlines;
    final EChart deadlinesChart = new EChart();
    final EChart chart = new EChart();
    final Grid<UnitSummary> table = new Grid<>();
    final Breadcrumbs breadcrumbs = new Breadcrumbs();
    final Button back = new Button();
    /** Shown instead of the deadlines chart when every count is zero: a chart of zeros says nothing. */
    final EmptyState noDeadlines;
    private final Deque<Unit> path = new ArrayDeque<>();
    private List<UnitSummary> shown = List.of();
    private Map<Long, DeadlineStatistics.OpenCounts> counts = Map.of();

    DashboardView(UnitService units, DeadlineStatistics deadlines) {
        this.units = units;
        this.deadlines = deadlines;
        noDeadlines = new EmptyState(VaadinIcon.CHART, getTranslation("dashboard.empty.deadlines.title"),
                getTranslation("dashboard.empty.deadlines.text"));
        noDeadlines.addClassName("dashboard-no-deadlines");
        setSizeFull();
        back.setText(getTranslation("dashboard.back"));
        back.addClickListener(e -> {
            path.pop();
            show();
        });
        breadcrumbs.addClassName("dashboard-location");
        chart.addClassName("dashboard-chart");
        chart.addClickListener(e -> drillDown(e.getIndex()));
        deadlinesChart.addClassName("dashboard-deadlines-chart");
        deadlinesChart.addClickListener(e -> drillDown(e.getIndex()));
        table.addColumn(UnitSummary::name).setHeader(getTranslation("unit.name")).setFlexGrow(3);
        table.addColumn(u -> counts.get(u.unitId()).onTime()).setHeader(getTranslation("dashboard.series.on-time"));
        table.addColumn(u -> counts.get(u.unitId()).overdue()).setHeader(getTranslation("dashboard.series.overdue"));
        table.addColumn(UnitSummary::subUnits).setHeader(getTranslation("dashboard.series.sub-units"));
        table.addColumn(UnitSummary::accounts).setHeader(getTranslation("dashboard.series.accounts"));
        table.setAllRowsVisible(true);
        table.addItemClickListener(e -> drillDown(shown.indexOf(e.getItem())));
        table.setEmptyStateComponent(new EmptyState(VaadinIcon.SITEMAP, getTranslation("dashboard.empty.units.title"),
                getTranslation("dashboard.empty.units.text")));
        noDeadlines.setVisible(false);
        addClassName("page");
        setPadding(false);
        HorizontalLayout bar = new HorizontalLayout(back, breadcrumbs);
        bar.setAlignItems(Alignment.CENTER);
        add(bar, deadlinesChart, noDeadlines, chart, table);
        path.push(units.scopeRoot());
        show();
    }

    void drillDown(int index) {
        if (index < 0 || index >= shown.size() || shown.get(index).subUnits() == 0) {
            return;
        }
        path.push(units.get(shown.get(index).unitId()));
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
        shown = units.childSummaries(current.getId());
        counts = deadlines.openBySubtree(shown.stream().map(UnitSummary::unitId).toList(), LocalDate.now(PortalFormats.VIETNAM));
        List<Unit> fromTop = new ArrayList<>(path);
        Collections.reverse(fromTop);
        breadcrumbs.show(fromTop.stream().map(u -> new Breadcrumbs.Step(u.getName(), () -> climbTo(u))).toList());
        back.setEnabled(path.size() > 1);
        chart.setModel(new EChart.BarChart(getTranslation("dashboard.chart.title", current.getName()),
                shown.stream().map(UnitSummary::name).toList(),
                List.of(new EChart.Series(getTranslation("dashboard.series.sub-units"), shown.stream().map(UnitSummary::subUnits).toList()),
                        new EChart.Series(getTranslation("dashboard.series.accounts"), shown.stream().map(UnitSummary::accounts).toList())),
                false));
        deadlinesChart.setModel(new EChart.BarChart(getTranslation("dashboard.deadlines.title", current.getName()),
                shown.stream().map(UnitSummary::name).toList(),
                List.of(new EChart.Series(getTranslation("dashboard.series.on-time"),
                                shown.stream().map(u -> counts.get(u.unitId()).onTime()).toList(), "--portal-state-blue"),
                        new EChart.Series(getTranslation("dashboard.series.overdue"),
                                shown.stream().map(u -> counts.get(u.unitId()).overdue()).toList(), "--portal-state-red")),
                false));
        boolean anyDeadline = counts.values().stream().anyMatch(c -> c.onTime() + c.overdue() > 0);
        deadlinesChart.setVisible(anyDeadline);
        noDeadlines.setVisible(!anyDeadline);
        chart.setVisible(shown.stream().anyMatch(u -> u.subUnits() + u.accounts() > 0));
        table.setItems(shown);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
