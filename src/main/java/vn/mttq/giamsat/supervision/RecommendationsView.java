package vn.mttq.giamsat.supervision;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.ListLinks;
import vn.mttq.giamsat.base.ui.ListPage;
import vn.mttq.giamsat.base.ui.NarrowScreens;
import vn.mttq.giamsat.base.ui.SpreadsheetDownload;
import vn.mttq.giamsat.calendar.WorkingCalendar;

/**
 * Recommendations to party committees across the person's scope: awaiting an answer, overdue,
 * answered this half-year, in follow-up; with the deadline in working days and the outcome; and
 * per district the share answered on time this half-year. A row opens its activity.
 */
@Route("kien-nghi")
@Menu(order = 210, title = "menu.recommendations", icon = "vaadin:envelope-open-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.DEPARTMENT_STAFF, Role.Names.DISTRICT_STAFF})
class RecommendationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Select<RecommendationService.View> view = new Select<>();
    final TextField search = new TextField();
    final Grid<Recommendation> grid = new Grid<>();
    final Grid<RecommendationService.Rate> rates = new Grid<>();
    private final RecommendationService recommendations;
    private final Map<Long, Activity> activities = new HashMap<>();
    private final Map<Long, String> unitNames = new HashMap<>();
    /** A link's unit and days (from a dashboard bar), shown as a chip that takes them away. */
    private RecommendationService.Narrowing narrowing = RecommendationService.Narrowing.NONE;
    final Button narrowingChip = new Button("",
            VaadinIcon.CLOSE_SMALL.create(), e -> {
                narrowing = RecommendationService.Narrowing.NONE;
                e.getSource().setVisible(false);
                refresh();
            });
    private final ActivityService activityService;
    /** How many recommendations the view and the search find. */
    final Span count = new Span();

    RecommendationsView(RecommendationService recommendations, ActivityService activityService, WorkingCalendar calendar,
                        SupervisionExport export) {
        this.recommendations = recommendations;
        this.activityService = activityService;
        narrowingChip.setVisible(false);
        narrowingChip.setIconAfterText(true);
        narrowingChip.addThemeVariants(ButtonVariant.SMALL);
        narrowingChip.addClassName("unit-chip");
        addClassName("page");
        setSizeFull();
        view.setLabel(getTranslation("recommendation.view"));
        view.setItems(RecommendationService.View.values());
        view.setItemLabelGenerator(v -> getTranslation("recommendation.view." + v.name()));
        view.setValue(RecommendationService.View.AWAITING);
        ListPage.search(search, getTranslation("recommendation.search.placeholder"));
        Anchor xlsx = SpreadsheetDownload.button(getTranslation("common.export-xlsx"), "kien-nghi.xlsx",
                () -> export.recommendations(view.getValue(), search.getValue(), narrowing));
        count.addClassName("result-count");
        var filters = ListPage.filters(search, view, search, narrowingChip);
        // the count and the download stay in view when a phone folds the filters
        HorizontalLayout top = ListPage.top(count, xlsx);

        // fits 1366 px with the menu open: the text and the unit wrap, badges take two lines, nothing scrolls sideways
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(r -> activity(r).getLetterSymbol()).setHeader(getTranslation("recommendation.letter")).setWidth("7.5rem").setFlexGrow(0)
                .setFrozen(true);
        grid.addColumn(Recommendation::getText).setHeader(getTranslation("recommendation.text")).setFlexGrow(3).setWidth("12rem")
                .setTooltipGenerator(Recommendation::getText);
        grid.addColumn(r -> unitNames.computeIfAbsent(r.getUnitId(), activityService::unitShortName)).setHeader(getTranslation("supervision.unit"))
                .setWidth("7rem").setFlexGrow(1);
        grid.addColumn(r -> PortalFormats.date(r.getReceivedOn())).setHeader(getTranslation("recommendation.received")).setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(r -> RecommendationsTab.deadline(this, calendar, r)).setHeader(getTranslation("recommendation.due"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(r -> Badges.of(this, r.getStatus())).setHeader(getTranslation("recommendation.status")).setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.getOutcome() == null ? "" : getTranslation("recommendation.outcome." + r.getOutcome().name()))
                .setHeader(getTranslation("recommendation.outcome")).setWidth("7rem").setFlexGrow(1);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.ENVELOPE_OPEN, getTranslation("recommendation.empty.title"),
                getTranslation("recommendation.empty.text")));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ActivityView.class, ActivityView.of(e.getItem().getActivityId()))));
        NarrowScreens.cards(grid, getTranslation("menu.recommendations"), Recommendation::getText,
                r -> activity(r).getLetterSymbol() + " · " + unitNames.computeIfAbsent(r.getUnitId(), activityService::unitShortName)
                        + (r.getDueDate() == null ? "" : " · " + getTranslation("common.due-on", PortalFormats.date(r.getDueDate()))),
                r -> getTranslation("recommendation.status." + r.getStatus().name()), r -> r.getStatus().badgeClass());
        grid.setSizeFull();
        grid.setMinHeight("18rem");
        view.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        LocalDate start = recommendations.rateSpanStart(today); // the dashboard's span and definition
        H3 ratesTitle = new H3(getTranslation("recommendation.rates.title", PortalFormats.date(start), PortalFormats.date(today)));
        rates.addThemeVariants(GridVariant.WRAP_CELL_CONTENT); // fits a phone: names and headers wrap
        rates.addColumn(RecommendationService.Rate::unitName).setHeader(getTranslation("supervision.unit")).setWidth("6rem").setFlexGrow(2);
        rates.addColumn(r -> PortalFormats.number(r.received())).setHeader(getTranslation("recommendation.rates.received")).setWidth("5rem").setFlexGrow(1);
        rates.addColumn(r -> PortalFormats.number(r.onTime())).setHeader(getTranslation("recommendation.rates.on-time")).setWidth("5rem").setFlexGrow(1);
        rates.addColumn(r -> r.percent() + "%").setHeader(getTranslation("recommendation.rates.percent")).setWidth("5rem").setFlexGrow(1);
        rates.setItems(recommendations.onTimeRates(start, today));
        rates.setAllRowsVisible(true);
        rates.setEmptyStateText(getTranslation("recommendation.rates.empty"));
        rates.addClassName("on-time-rates");
        Paragraph definition = new Paragraph(getTranslation("recommendation.rates.definition"));
        definition.addClassName("page-intro");
        add(filters, top, grid, ratesTitle, definition, rates);
        refresh();
    }

    private Activity activity(Recommendation r) {
        return activities.computeIfAbsent(r.getActivityId(), id -> recommendations.activityOf(r));
    }

    private void refresh() {
        RecommendationService.View v = view.getValue();
        String text = search.getValue();
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        RecommendationService.Narrowing n = narrowing;
        count.setText(getTranslation("recommendation.count", PortalFormats.number(recommendations.count(v, text, today, n))));
        grid.setItems(q -> recommendations.list(v, text, today, n, toSpringPageRequest(q)).stream());
    }

    /**
     * "kien-nghi?tu=…&den=…&don-vi=…": a dashboard bar opens the recommendations it counts, all of
     * them (not only those awaiting), received in those days by that unit's subtree (issue 22).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        narrowing = new RecommendationService.Narrowing(ListLinks.unit(parameters).orElse(null), ListLinks.from(parameters).orElse(null),
                ListLinks.to(parameters).orElse(null));
        if (!narrowing.any()) {
            narrowingChip.setVisible(false);
            return;
        }
        List<String> words = new ArrayList<>();
        if (narrowing.unitId() != null) {
            try {
                words.add(activityService.unitShortName(narrowing.unitId()));
            } catch (RuntimeException unknown) {
                narrowing = new RecommendationService.Narrowing(null, narrowing.receivedFrom(), narrowing.receivedTo());
            }
        }
        if (narrowing.receivedFrom() != null || narrowing.receivedTo() != null) {
            words.add(getTranslation("recommendation.received-between", narrowing.receivedFrom() == null ? "…"
                    : PortalFormats.date(narrowing.receivedFrom()), narrowing.receivedTo() == null ? "…" : PortalFormats.date(narrowing.receivedTo())));
        }
        narrowingChip.setText(String.join(" · ", words));
        narrowingChip.setVisible(true);
        view.setValue(RecommendationService.View.ALL); // refreshes
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.recommendations");
    }
}
