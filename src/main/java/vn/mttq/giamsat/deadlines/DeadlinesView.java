package vn.mttq.giamsat.deadlines;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.audit.ActorNames;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.ListLinks;
import vn.mttq.giamsat.base.ui.ListPage;
import vn.mttq.giamsat.base.ui.NarrowScreens;
import vn.mttq.giamsat.base.ui.RowActions;
import vn.mttq.giamsat.base.ui.SpreadsheetDownload;
import vn.mttq.giamsat.base.ui.UserMessages;
import vn.mttq.giamsat.calendar.WorkingCalendar;

/**
 * Everything under a deadline in the user's scope: open, due soon, overdue, answered. Overdue
 * and due-soon rows say so in working days; authorised roles extend with a reason.
 */
@Route("han-xu-ly")
@Menu(order = 530, title = "menu.deadlines", icon = "vaadin:clock")
@PermitAll
class DeadlinesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    enum Filter { OPEN, DUE_SOON, OVERDUE, MET, ON_TIME }

    /** "Due soon" means within this many working days (the first reminder's threshold). */
    static final int DUE_SOON_WORKING_DAYS = 5;

    final Select<Filter> filter = new Select<>();
    final TextField search = new TextField();
    final Grid<DeadlineRow> grid = new Grid<>(DeadlineRow.class, false);
    private final ActorNames actors;
    private final DeadlineService deadlines;
    private final WorkingCalendar calendar;
    private final LegalTimeLimits limits;
    /** Legal maximum per kind of item; rules are few, so they are read once per page. */
    private final Map<String, Integer> maximums;
    private final boolean mayUrge;

    DeadlinesView(DeadlineService deadlines, WorkingCalendar calendar, LegalTimeLimits limits, CurrentUser currentUser,
                  ActorNames actors, DeadlineExport export) {
        this.actors = actors;
        addClassName("page");
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.CLOCK, getTranslation("empty.deadlines.title"),
                getTranslation("empty.deadlines.text")));
        this.deadlines = deadlines;
        this.limits = limits;
        this.maximums = limits.rules().stream()
                .collect(Collectors.toMap(DeadlineRule::getSourceType, DeadlineRule::getMaximumWorkingDays));
        this.calendar = calendar;
        setSizeFull();
        boolean mayExtend = currentUser.get().map(u -> u.has(Role.ADMIN) || u.has(Role.LEADER) || u.has(Role.DEPARTMENT_STAFF))
                .orElse(false);
        mayUrge = mayExtend || currentUser.get().map(u -> u.has(Role.DISTRICT_STAFF)).orElse(false);
        filter.setLabel(getTranslation("deadline.filter"));
        filter.setItems(Filter.values());
        filter.setItemLabelGenerator(f -> getTranslation("deadline.filter." + f, DUE_SOON_WORKING_DAYS,
                PortalFormats.date(DeadlineFilter.halfYearStart(LocalDate.now(PortalFormats.VIETNAM)))));
        filter.setValue(Filter.OPEN);
        filter.addValueChangeListener(e -> refresh());

        // the title stays in view when a tablet scrolls the grid sideways
        grid.addColumn(DeadlineRow::title).setHeader(getTranslation("deadline.title")).setFlexGrow(3).setWidth("16rem")
                .setFrozen(true);
        grid.addColumn(DeadlineRow::unitShortName).setHeader(getTranslation("account.unit")).setFlexGrow(2)
                .setTooltipGenerator(DeadlineRow::unitName);
        grid.addColumn(r -> PortalFormats.date(r.receivedOn())).setHeader(getTranslation("deadline.received")).setAutoWidth(true);
        grid.addColumn(r -> PortalFormats.date(r.dueDate())).setHeader(getTranslation("deadline.due")).setSortProperty("dueDate")
                .setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addComponentColumn(r -> actions(r, mayExtend)).setHeader(getTranslation("common.actions")).setWidth("6rem").setFlexGrow(0);
        grid.setItems(q -> deadlines.list(currentFilter(), toSpringPageRequest(q)).stream());
        // a row opens the record it follows; on a phone, one card per item
        grid.addItemClickListener(e -> {
            if (e.getItem().link() != null) {
                getUI().ifPresent(ui -> ListLinks.open(ui, e.getItem().link()));
            }
        });
        NarrowScreens.cards(grid, getTranslation("menu.deadlines"), DeadlineRow::title,
                r -> r.unitShortName() + " · " + getTranslation("common.due-on", PortalFormats.date(r.dueDate())),
                this::state);
        grid.setSizeFull();
        grid.addClassName("deadlines-grid");
        search.setLabel(getTranslation("deadline.search.label"));
        search.setPlaceholder(getTranslation("deadline.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22rem");
        search.addValueChangeListener(e -> refresh());
        unitChip.setVisible(false);
        unitChip.setIconAfterText(true);
        unitChip.addThemeVariants(ButtonVariant.SMALL);
        unitChip.addClassName("unit-chip");
        var filters = ListPage.filters(search, filter, search, unitChip);
        count.addClassName("result-count");
        HorizontalLayout top = ListPage.top(count, SpreadsheetDownload.button(getTranslation("common.export-xlsx"), "han-xu-ly.xlsx",
                () -> export.write(currentFilter())));
        add(filters, top, grid);
        refresh();
    }

    private DeadlineFilter currentFilter() {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        String text = search.getValue();
        long unit = unitId == null ? 0 : unitId;
        return switch (filter.getValue()) {
            case OPEN -> new DeadlineFilter(DeadlineStatus.OPEN, null, null, text, unit);
            case DUE_SOON -> new DeadlineFilter(DeadlineStatus.OPEN, today, calendar.dueDate(today, DUE_SOON_WORKING_DAYS), text, unit);
            case OVERDUE -> new DeadlineFilter(DeadlineStatus.OPEN, null, today.minusDays(1), text, unit);
            case MET -> new DeadlineFilter(DeadlineStatus.MET, null, null, text, unit);
            case ON_TIME -> new DeadlineFilter(DeadlineStatus.MET, null, null, text, unit, DeadlineFilter.halfYearStart(today));
        };
    }

    private Span state(DeadlineRow r) {
        Span s = new Span();
        s.addClassName("state-badge"); // the shared state colours of docs/ux.md
        if (r.status() != DeadlineStatus.OPEN) {
            s.setText(getTranslation("deadline.status." + r.status()));
            s.addClassName(r.status() == DeadlineStatus.MET ? "state-done" : "state-cancelled");
            return s;
        }
        return DeadlineBadge.running(this, calendar, r.dueDate(), false);
    }

    /**
     * "han-xu-ly?loc=OVERDUE&don-vi=18": a dashboard bar opens the items it counts, that unit's
     * subtree (issue 22); the unit shows as a chip the person can remove. A unit outside the
     * person's scope is refused by the service, and the list then shows the whole scope.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("loc").flatMap(f -> Arrays.stream(Filter.values()).filter(v -> v.name().equals(f)).findFirst())
                .ifPresent(filter::setValue);
        unitId = ListLinks.unit(parameters).orElse(null);
        try {
            refresh();
            unitChip.setText(unitId == null ? "" : getTranslation("deadline.unit-chip", deadlines.unitShortName(unitId)));
        } catch (AccessDeniedException outside) {
            unitId = null;
            refresh();
        }
        unitChip.setVisible(unitId != null);
    }

    /** The unit whose subtree the list shows, from a link; null: the whole scope. */
    private @Nullable Long unitId;
    final Button unitChip = new Button("", VaadinIcon.CLOSE_SMALL.create(), e -> {
        unitId = null;
        e.getSource().setVisible(false);
        refresh();
    });

    /** The items again, and how many the filter finds. */
    private void refresh() {
        count.setText(getTranslation("deadline.count", PortalFormats.number(deadlines.count(currentFilter()))));
        grid.getDataProvider().refreshAll();
    }

    /** How many items the filters find. */
    final Span count = new Span();

    private RowActions actions(DeadlineRow r, boolean mayExtend) {
        var actions = new RowActions().add(getTranslation("deadline.history"), () -> history(r));
        if (mayUrge && r.status() == DeadlineStatus.OPEN) {
            actions.add(getTranslation("deadline.urge"), () -> urge(r));
        }
        if (mayExtend && r.status() == DeadlineStatus.OPEN && r.workingDays() > 0 && r.workingDays() < maximum(r.sourceType())) {
            actions.add(getTranslation("deadline.extend"), () -> extend(r));
        }
        return actions;
    }

    /** The legal maximum of a kind of item; kinds without a rule have none. */
    private int maximum(String sourceType) {
        return maximums.getOrDefault(sourceType, Integer.MAX_VALUE);
    }

    void urge(DeadlineRow r) {
        Dialog dialog = new Dialog(getTranslation("deadline.urge.title", r.title()));
        TextArea note = new TextArea(getTranslation("deadline.urge.note"));
        note.setMaxLength(DeadlineService.URGE_NOTE_MAX);
        note.setWidthFull();
        dialog.add(note);
        dialog.setWidth("32rem");
        Button send = new Button(getTranslation("deadline.urge"), e -> {
            try {
                deadlines.urge(r.sourceType(), r.sourceId(), note.getValue());
                dialog.close();
                Notification.show(getTranslation("deadline.urge.done"), 3000,
                        Notification.Position.BOTTOM_START);
            } catch (UserFacingException refused) {
                UserMessages.show(refused);
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), send);
        dialog.addClassName("urge-dialog");
        dialog.open();
    }

    void extend(DeadlineRow r) {
        Dialog dialog = new Dialog(getTranslation("deadline.extend.title", r.title()));
        IntegerField days = new IntegerField(getTranslation("deadline.extend.working-days"));
        days.setMin(r.workingDays() + 1);
        days.setValue(r.workingDays() + 1);
        days.setStepButtonsVisible(true);
        limits.rule(r.sourceType()).ifPresent(rule -> { // the legal maximum of this kind of item, with its source
            days.setLabel(getTranslation("deadline.extend.maximum", rule.getMaximumWorkingDays()));
            days.setMax(rule.getMaximumWorkingDays());
            days.setValue(Math.max(rule.getMaximumWorkingDays(), r.workingDays() + 1));
            days.setHelperText(rule.getSource());
        });
        TextArea reason = new TextArea(getTranslation("deadline.extend.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        dialog.add(new VerticalLayout(days, reason));
        Button ok = new Button(getTranslation("deadline.extend"), e -> {
            try {
                deadlines.extend(r.sourceType(), r.sourceId(), days.getValue() == null ? 0 : days.getValue(), reason.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (UserFacingException refused) {
                UserMessages.show(refused);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.addClassName("extend-dialog");
        dialog.open();
    }

    void history(DeadlineRow r) {
        Dialog dialog = new Dialog(getTranslation("deadline.history"));
        Grid<DeadlineChange> changes = new Grid<>(DeadlineChange.class, false);
        changes.addColumn(c -> PortalFormats.dateTime(c.getChangedAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        List<DeadlineChange> history = deadlines.history(r.sourceType(), r.sourceId());
        // people by full name (issue 22), the sign-in name where no account holds it (a job)
        Map<String, String> names = actors.fullNames(history.stream().map(DeadlineChange::getChangedBy).distinct().toList());
        changes.addColumn(c -> names.getOrDefault(c.getChangedBy(), c.getChangedBy())).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        changes.addColumn(c -> getTranslation("deadline.change." + c.getKind())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        changes.addColumn(c -> PortalFormats.date(c.getNewDueDate())).setHeader(getTranslation("deadline.due")).setAutoWidth(true);
        changes.addColumn(c -> c.getReason() == null ? "" : c.getReason()).setHeader(getTranslation("calendar.adjustment.reason")).setFlexGrow(2);
        changes.setItems(history);
        changes.setEmptyStateText(getTranslation("deadline.history.empty"));
        changes.setAllRowsVisible(true);
        changes.setWidth("48rem");
        dialog.add(changes);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.deadlines");
    }
}
