package vn.mttq.giamsat.outreach;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
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

/**
 * Trainings, conferences, dialogues and reviews of the person's scope (a member organisation: its
 * own and those it co-organises): filters by kind, state, unit, period and words; planning a new
 * one; a row opens the session.
 */
@Route("tap-huan")
@Menu(order = 400, title = "menu.trainings", icon = "vaadin:academy-cap")
@PermitAll
class SessionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Select<String> kind = new Select<>();
    final Select<String> status = new Select<>();
    final ComboBox<Long> unit = new ComboBox<>();
    final PortalDatePicker from;
    final PortalDatePicker to;
    final TextField search = new TextField();
    final Grid<TrainingSession> grid = new Grid<>();
    final Span count = new Span();
    final Button add = new Button();
    private final SessionService sessions;
    private final Map<Long, String> unitNames = new HashMap<>();
    private final Map<Long, String> units = new LinkedHashMap<>();

    SessionsView(SessionService sessions, OutreachScope scope, OutreachExport export) {
        this.sessions = sessions;
        addClassName("page");
        setSizeFull();
        choices(kind, "outreach.kind", Arrays.stream(SessionKind.values()).map(Enum::name).toList());
        choices(status, "outreach.status", Arrays.stream(SessionStatus.values()).map(Enum::name).toList());
        units.putAll(scope.unitChoices());
        ListPage.unitChoice(unit, getTranslation("outreach.unit"), units);
        unit.setVisible(scope.memberUnit() == 0);
        from = new PortalDatePicker(getTranslation("outreach.filter.from"));
        to = new PortalDatePicker(getTranslation("outreach.filter.to"));
        from.setWidth("10rem");
        to.setWidth("10rem");
        ListPage.search(search, getTranslation("outreach.filter.search.placeholder"));
        ListPage.add(add, getTranslation("outreach.add"));
        add.setId("training-add");
        add.addClickListener(e -> openNew());
        var filters = ListPage.filters(search, kind, status, unit, from, to, search);
        count.addClassName("result-count");
        var xlsx = SpreadsheetDownload.button(getTranslation("common.export-xlsx"), "tap-huan.xlsx",
                () -> export.sessions(filter()));
        HorizontalLayout top = ListPage.top(count, xlsx, add);

        // titles, kinds and units wrap: the list fits 1366 px with the menu open, whatever the date range
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(TrainingSession::getTitle).setHeader(getTranslation("outreach.title")).setFlexGrow(3).setWidth("14rem");
        grid.addColumn(s -> getTranslation("outreach.kind." + s.getKind().name())).setHeader(getTranslation("outreach.kind"))
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(s -> unitNames.computeIfAbsent(s.getUnitId(), sessions::unitShortName)).setHeader(getTranslation("outreach.unit"))
                .setFlexGrow(1).setWidth("8rem").setTooltipGenerator(s -> sessions.unitName(s.getUnitId()));
        grid.addColumn(s -> dates(s.getStartsOn(), s.getEndsOn())).setHeader(getTranslation("outreach.dates")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(s -> s.getStatus().counts() ? PortalFormats.number(s.totalAttendance()) : "")
                .setHeader(getTranslation("outreach.attendees")).setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(s -> OutreachBadges.of(this, s.getStatus())).setHeader(getTranslation("outreach.state")).setWidth("8rem")
                .setFlexGrow(0);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.ACADEMY_CAP, getTranslation("outreach.empty.title"),
                getTranslation("outreach.empty.text")));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SessionView.class, SessionView.of(e.getItem().getId()))));
        grid.setSizeFull();
        kind.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        // on a phone: one card per session, the filters folded into "Lọc"
        NarrowScreens.cards(grid, getTranslation("menu.trainings"), TrainingSession::getTitle,
                s -> dates(s.getStartsOn(), s.getEndsOn()) + " · " + unitNames.computeIfAbsent(s.getUnitId(), sessions::unitShortName),
                s -> getTranslation("outreach.status." + s.getStatus().name()), s -> s.getStatus().badgeClass());
        add(filters, top, grid);
        refresh();
    }

    static String dates(LocalDate from, LocalDate to) {
        return from.equals(to) ? PortalFormats.date(from) : PortalFormats.date(from) + " – " + PortalFormats.date(to);
    }

    private void choices(Select<String> select, String prefix, List<String> values) {
        ListPage.allOr(select, getTranslation(prefix), values, v -> getTranslation(prefix + "." + v));
    }

    SessionService.Filter filter() {
        return new SessionService.Filter(kind.getValue().isEmpty() ? null : SessionKind.valueOf(kind.getValue()),
                status.getValue().isEmpty() ? null : SessionStatus.valueOf(status.getValue()), unit.getValue() == null ? 0 : unit.getValue(),
                from.getValue(), to.getValue(), search.getValue());
    }

    private void refresh() {
        SessionService.Filter f = filter();
        count.setText(getTranslation("outreach.count", PortalFormats.number(sessions.list(f, PageRequest.of(0, 1)).getTotalElements())));
        grid.setItems(q -> sessions.list(f, toSpringPageRequest(q)).stream());
    }

    private void openNew() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("outreach.add"));
        TextField title = FieldLimits.limit(new TextField(getTranslation("outreach.title")), TrainingSession.TITLE_MAX);
        title.setId("training-title");
        title.setRequiredIndicatorVisible(true);
        Select<SessionKind> type = new Select<>();
        type.setLabel(getTranslation("outreach.kind"));
        type.setItems(SessionKind.values());
        type.setItemLabelGenerator(k -> getTranslation("outreach.kind." + k.name()));
        type.setValue(SessionKind.CONVEY_CONFERENCE);
        ComboBox<Long> organiser = new ComboBox<>(getTranslation("outreach.unit"));
        organiser.setItems(units.keySet());
        organiser.setItemLabelGenerator(id -> units.getOrDefault(id, ""));
        organiser.setValue(sessions.defaultUnit());
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        PortalDatePicker start = new PortalDatePicker(getTranslation("outreach.starts"));
        PortalDatePicker end = new PortalDatePicker(getTranslation("outreach.ends"));
        // today unless the person picks another day; the end cannot precede the start
        start.setValue(today);
        end.setValue(today);
        start.setId("training-starts");
        end.setId("training-ends");
        PortalDatePicker.range(start, end);
        TextField place = FieldLimits.limit(new TextField(getTranslation("outreach.place")), 300);
        FormLayout layout = new FormLayout(title, type, organiser, start, end, place);
        layout.setColspan(title, 2);
        layout.setColspan(place, 2);
        dialog.add(layout);
        dialog.setWidth("42rem");
        Button create = Guarded.button(getTranslation("outreach.create"), true, () -> {
            if (start.getValue() == null || end.getValue() == null || organiser.getValue() == null) {
                throw new UserFacingException("validation.required");
            }
            TrainingSession s = sessions.plan(organiser.getValue(), type.getValue(), title.getValue(), start.getValue(), end.getValue(),
                    place.getValue());
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate(SessionView.class, SessionView.of(s.getId())));
        });
        create.setId("training-create");
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
        return getTranslation("menu.trainings");
    }
}
