package vn.mttq.giamsat.plans;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.attachments.AttachmentService;
import vn.mttq.giamsat.base.text.PortalFormats;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;
import vn.mttq.giamsat.base.ui.ListPage;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.NarrowScreens;
import vn.mttq.giamsat.base.ui.ResultCount;
import vn.mttq.giamsat.base.ui.SpreadsheetDownload;

/** "Nhiệm vụ": the tasks of every plan carried out by the person's unit (and, above, by the units below it). */
@Route("nhiem-vu")
@Menu(order = 110, title = "menu.tasks", icon = "vaadin:tasks")
@PermitAll
class TasksView extends VerticalLayout implements HasDynamicTitle {

    final Select<String> status = new Select<>();
    final Grid<PlanTask> grid = new Grid<>();
    final ResultCount count = new ResultCount();
    private final TaskService tasks;
    private final Map<Long, String> planNumbers = new HashMap<>();

    TasksView(TaskService tasks, PlanService plans, AttachmentService attachments, PlanExport export) {
        this.tasks = tasks;
        addClassName("page");
        setSizeFull();
        ListPage.allOr(status, getTranslation("plan.filter.status"), TaskStatus.class, "task.status");
        status.addValueChangeListener(e -> refresh());
        taskColumns(grid, plans, planNumbers, true);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.TASKS, getTranslation("task.empty.title"), getTranslation("task.empty.text")));
        grid.addItemClickListener(e -> new TaskDialog(tasks, plans, attachments, tasks.get(e.getItem().getId()), this::refresh).open());
        NarrowScreens.cards(grid, getTranslation("menu.tasks"), PlanTask::getTitle,
                t -> plans.unitShortName(t.getLeadUnitId()) + " · " + getTranslation("common.due-on", PortalFormats.date(t.getDueDate()))
                        + " · " + t.getProgress() + "%",
                t -> getTranslation("task.status." + t.getStatus().name()), t -> badgeClass(t.getStatus()));
        grid.setSizeFull();
        HorizontalLayout bar = new HorizontalLayout(status, count,
                SpreadsheetDownload.button(getTranslation("common.export-xlsx"), "nhiem-vu.xlsx",
                        () -> export.tasks(status())));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(bar, grid);
        refresh();
    }

    /** The columns every task grid shows (the plan's number only where tasks of several plans mix). */
    static void taskColumns(Grid<PlanTask> grid, PlanService plans, Map<Long, String> planNumbers, boolean withPlan) {
        if (withPlan) {
            grid.addColumn(t -> planNumbers.computeIfAbsent(t.getPlanId(), id -> {
                String n = plans.get(id).getNumberSymbol();
                return n == null ? grid.getTranslation("plan.draft-number") : n;
            })).setHeader(grid.getTranslation("plan.number")).setAutoWidth(true);
        }
        grid.addColumn(PlanTask::getTitle).setHeader(grid.getTranslation("task.title")).setFlexGrow(3).setWidth("16rem").setFrozen(true);
        grid.addColumn(t -> plans.unitShortName(t.getLeadUnitId())).setHeader(grid.getTranslation("task.unit")).setAutoWidth(true)
                .setTooltipGenerator(t -> plans.unitName(t.getLeadUnitId()));
        grid.addColumn(t -> PortalFormats.date(t.getDueDate())).setHeader(grid.getTranslation("task.due")).setAutoWidth(true);
        grid.addColumn(t -> t.getProgress() + "%").setHeader(grid.getTranslation("task.progress")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Span badge = new Span(grid.getTranslation("task.status." + t.getStatus().name()));
            badge.addClassNames("state-badge", badgeClass(t.getStatus()));
            return badge;
        }).setHeader(grid.getTranslation("plan.status")).setAutoWidth(true);
    }

    private static String badgeClass(TaskStatus status) {
        return switch (status) {
            case OPEN -> "state-progress";
            case SUBMITTED, RETURNED -> "state-waiting";
            case DONE -> "state-done";
        };
    }

    private @Nullable TaskStatus status() {
        return status.getValue() == null || status.getValue().isEmpty() ? null : TaskStatus.valueOf(status.getValue());
    }

    private void refresh() {
        TaskStatus s = status();
        count.show("task.count", tasks.count(s));
        grid.setItems(q -> tasks.mine(s, toSpringPageRequest(q)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.tasks");
    }
}
