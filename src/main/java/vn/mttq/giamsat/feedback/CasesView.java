package vn.mttq.giamsat.feedback;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.ListLinks;
import vn.mttq.giamsat.base.ui.ListPage;
import vn.mttq.giamsat.base.ui.NarrowScreens;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.ui.SpreadsheetDownload;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * The cases the person follows: filters by state, kind, channel, deadline, period, "my cases" and
 * words (subject, content or receipt code, accents aside); XLSX of the filter, never with an
 * identity; a row opens the case.
 */
@Route("phan-anh")
@Menu(order = 300, title = "menu.cases", icon = "vaadin:comments-o")
@PermitAll
class CasesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    enum Due { ANY, OVERDUE, THIS_WEEK }

    final Select<String> status = new Select<>();
    final Select<String> kind = new Select<>();
    final Select<String> channel = new Select<>();
    final Select<Due> due = new Select<>();
    final ComboBox<Long> unit = new ComboBox<>();
    final ComboBox<Long> handler = new ComboBox<>();
    final Checkbox mine = new Checkbox();
    final PortalDatePicker from;
    final PortalDatePicker to;
    final TextField search = new TextField();
    final Grid<FeedbackCase> grid = new Grid<>();
    final Button add = new Button();
    private final CaseService cases;
    private final WorkingCalendar calendar;
    private final long me;
    private final Map<Long, String> unitNames = new HashMap<>();
    /** How many cases the filters find. */
    final Span count = new Span();

    CasesView(CaseService cases, CaseExport export, WorkingCalendar calendar, CurrentUser currentUser,
              DataScopeService scopes, RecipientDirectory directory) {
        this.cases = cases;
        this.calendar = calendar;
        this.me = currentUser.require().accountId();
        addClassName("page");
        setSizeFull();
        choices(status, "feedback.status", Arrays.stream(CaseStatus.values()).map(Enum::name).toList());
        choices(kind, "feedback.kind", Arrays.stream(CaseKind.values()).map(Enum::name).toList());
        choices(channel, "feedback.channel", Arrays.stream(Channel.values()).map(Enum::name).toList());
        due.setLabel(getTranslation("feedback.filter.due"));
        due.setItems(Due.values());
        due.setItemLabelGenerator(d -> getTranslation("feedback.filter.due." + d.name()));
        due.setValue(Due.ANY);
        boolean front = currentUser.require().role() != Role.MEMBER_ORGANISATION;
        long root = scopes.current().rootUnitId();
        Map<Long, String> committees = new LinkedHashMap<>();
        Map<Long, String> handlers = new LinkedHashMap<>();
        if (front) {
            committees.putAll(directory.committeeChoices(root));
            directory.unitsAccounts(directory.unitAndDirectSubUnits(root)).forEach(r -> handlers.put(r.accountId(), r.fullName()));
        }
        unit.setLabel(getTranslation("feedback.unit"));
        unit.setItems(committees.keySet());
        unit.setItemLabelGenerator(id -> committees.getOrDefault(id, ""));
        unit.setPlaceholder(getTranslation("plan.filter.all"));
        unit.setClearButtonVisible(true);
        unit.setVisible(front);
        unit.setId("cases-unit");
        handler.setLabel(getTranslation("feedback.handler"));
        handler.setItems(handlers.keySet());
        handler.setItemLabelGenerator(id -> handlers.getOrDefault(id, ""));
        handler.setPlaceholder(getTranslation("plan.filter.all"));
        handler.setClearButtonVisible(true);
        handler.setVisible(front);
        mine.setLabel(getTranslation("feedback.filter.mine"));
        from = new PortalDatePicker(getTranslation("feedback.filter.from"));
        to = new PortalDatePicker(getTranslation("feedback.filter.to"));
        from.setWidth("10rem");
        to.setWidth("10rem");
        ListPage.search(search, getTranslation("feedback.filter.search.placeholder"));
        ListPage.add(add, getTranslation("feedback.add"));
        add.setVisible(currentUser.require().role() != Role.MEMBER_ORGANISATION);
        add.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NewCaseView.class)));
        Anchor xlsx = SpreadsheetDownload.button(getTranslation("common.export-xlsx"), "phan-anh.xlsx", () -> export.cases(filter()));
        var filters = ListPage.filters(search, status, kind, channel, unit, handler, due, from, to, search, mine);
        count.addClassName("result-count");
        HorizontalLayout top = ListPage.top(count, xlsx, add);

        grid.addColumn(FeedbackCase::getReceiptCode).setHeader(getTranslation("feedback.code")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(c -> PortalFormats.date(c.getReceivedOn())).setHeader(getTranslation("feedback.received-on")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("feedback.kind." + c.getKind().name())).setHeader(getTranslation("feedback.kind"))
                .setWidth("8rem").setFlexGrow(0);
        // long texts wrap onto a second line instead of widening the grid: every column fits a 1366-pixel screen
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        // what the case is about: the first words of its content, and whom it names underneath (issue 22)
        grid.addColumn(LitRenderer.<FeedbackCase>of(
                        "<div class='case-cell'><span class='case-excerpt'>${item.excerpt}</span><span class='case-subject'>${item.subject}</span></div>")
                        .withProperty("excerpt", c -> excerpt(c.getContent()))
                        .withProperty("subject", c -> String.join(", ", Stream.of(c.getSubjectName(), c.getSubjectUnit())
                                .filter(x -> !x.isBlank()).toList())))
                .setHeader(getTranslation("feedback.content-and-subject")).setFlexGrow(3).setWidth("12rem");
        grid.addColumn(c -> unitNames.computeIfAbsent(c.getFollowingUnitId(), cases::unitShortName)).setHeader(getTranslation("feedback.unit"))
                .setFlexGrow(1).setWidth("7rem").setTooltipGenerator(c -> cases.unitName(c.getFollowingUnitId()));
        grid.addComponentColumn(c -> CaseBadges.state(this, c.getStatus())).setHeader(getTranslation("feedback.status")).setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(c -> CaseBadges.due(this, calendar, c)).setHeader(getTranslation("feedback.due")).setWidth("9rem")
                .setFlexGrow(0);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.COMMENTS_O, getTranslation("feedback.empty.title"),
                getTranslation("feedback.empty.text")));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class, CaseView.of(e.getItem().getId()))));
        grid.setSizeFull();
        for (var field : List.of(status, kind, channel)) {
            field.addValueChangeListener(e -> refresh());
        }
        due.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        handler.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        // on a phone: one card per case, the filters folded into "Lọc"
        NarrowScreens.cards(grid, getTranslation("menu.cases"), c -> c.getReceiptCode() + " · " + excerpt(c.getContent()),
                c -> PortalFormats.date(c.getReceivedOn()) + " · " + getTranslation("feedback.kind." + c.getKind().name())
                        + " · " + unitNames.computeIfAbsent(c.getFollowingUnitId(), cases::unitShortName),
                c -> getTranslation("feedback.status." + c.getStatus().name()), c -> c.getStatus().badgeClass());
        add(filters, top, grid);
        refresh();
    }

    /** The first words of a case's content, cut at a word near 140 characters. */
    static String excerpt(String content) {
        String flat = content.replaceAll("\\s+", " ").strip();
        if (flat.length() <= 140) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 140);
        return flat.substring(0, cut > 80 ? cut : 140) + "…";
    }

    private void choices(Select<String> select, String prefix, List<String> values) {
        ListPage.allOr(select, getTranslation(prefix), values, v -> getTranslation(prefix + "." + v));
    }

    CaseService.Filter filter() {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        LocalDate dueBy = switch (due.getValue()) {
            case ANY -> null;
            case OVERDUE -> today.minusDays(1);
            case THIS_WEEK -> today.with(DayOfWeek.SUNDAY);
        };
        return new CaseService.Filter(value(status.getValue(), CaseStatus.class), value(kind.getValue(), CaseKind.class),
                value(channel.getValue(), Channel.class), unit.getValue() == null ? 0 : unit.getValue(),
                mine.getValue() ? me : handler.getValue() == null ? 0 : handler.getValue(), dueBy, from.getValue(), to.getValue(), search.getValue());
    }

    private static <E extends Enum<E>> E value(String name, Class<E> type) {
        return name == null || name.isEmpty() ? null : Enum.valueOf(type, name);
    }

    private void refresh() {
        CaseService.Filter filter = filter();
        long found = cases.count(filter);
        count.setText(found > CaseSearch.COUNT_CAP ? getTranslation("feedback.count.many", PortalFormats.number(CaseSearch.COUNT_CAP))
                : getTranslation("feedback.count", PortalFormats.number(found)));
        grid.setItems(q -> cases.list(filter, toSpringPageRequest(q)).stream());
    }

    /** {@code phan-anh?q=...} opens the list already searched: a link to a filtered list can be shared. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListLinks.apply(event.getLocation().getQueryParameters(), from, to, unit);
        event.getLocation().getQueryParameters().getSingleParameter("q").filter(q -> !q.isBlank())
                .ifPresent(q -> search.setValue(q.strip().substring(0, Math.min(100, q.strip().length()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.cases");
    }
}
