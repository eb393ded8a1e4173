package vn.mttq.giamsat.supervision;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.mttq.giamsat.base.NarrowScreens;
import vn.mttq.giamsat.base.EmptyState;
import vn.mttq.giamsat.base.FieldLimits;
import vn.mttq.giamsat.base.PortalFormats;
import vn.mttq.giamsat.base.Role;
import vn.mttq.giamsat.calendar.WorkingCalendar;

/**
 * Recommendations to party committees across the person's scope: awaiting an answer, overdue,
 * answered this half-year, in follow-up; with the deadline in working days and the outcome; and
 * per district the share answered on time this half-year. A row opens its activity.
 */
@Route("kien-nghi")
@Menu(order = 210, title = "menu.recommendations", icon = "vaadin:envelope-open-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.DEPARTMENT_STAFF, Role.Names.DISTRICT_STAFF})
class RecommendationsView extends VerticalLayout implements HasDynamicTitle {

    final Select<RecommendationService.View> view = new Select<>();
    final TextField search = new TextField();
    final Grid<Recommendation> grid = new Grid<>();
    final Grid<RecommendationService.Rate> rates = new Grid<>();
    private final RecommendationService recommendations;
    private final Map<Long, Activity> activities = new HashMap<>();
    private final Map<Long, String> unitNames = new HashMap<>();
    /** How many recommendations the view and the search find. */
    final com.vaadin.flow.component.html.Span count = new com.vaadin.flow.component.html.Span();

    RecommendationsView(RecommendationService recommendations, ActivityService activityService, WorkingCalendar calendar,
                        SupervisionExport export) {
        this.recommendations = recommendations;
        addClassName("page");
        setSizeFull();
        view.setLabel(getTranslation("recommendation.view"));
        view.setItems(RecommendationService.View.values());
        view.setItemLabelGenerator(v -> getTranslation("recommendation.view." + v.name()));
        view.setValue(RecommendationService.View.AWAITING);
        search.setLabel(getTranslation("plan.filter.search"));
        search.setPlaceholder(getTranslation("recommendation.search.placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        FieldLimits.limit(search, 100);
        Anchor xlsx = vn.mttq.giamsat.base.SpreadsheetDownload.button(getTranslation("common.export-xlsx"), "kien-nghi.xlsx",
                () -> export.recommendations(view.getValue(), search.getValue()));
        count.addClassName("result-count");
        HorizontalLayout bar = new HorizontalLayout(view, search, count, xlsx);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setFlexGrow(1, search);

        // fits 1366 px with the menu open: the text and the unit wrap, badges take two lines, nothing scrolls sideways
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.WRAP_CELL_CONTENT);
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
        rates.addColumn(RecommendationService.Rate::unitName).setHeader(getTranslation("supervision.unit")).setFlexGrow(2);
        rates.addColumn(r -> PortalFormats.number(r.received())).setHeader(getTranslation("recommendation.rates.received")).setAutoWidth(true);
        rates.addColumn(r -> PortalFormats.number(r.onTime())).setHeader(getTranslation("recommendation.rates.on-time")).setAutoWidth(true);
        rates.addColumn(r -> r.percent() + "%").setHeader(getTranslation("recommendation.rates.percent")).setAutoWidth(true);
        rates.setItems(recommendations.onTimeRates(start, today));
        rates.setAllRowsVisible(true);
        rates.setEmptyStateText(getTranslation("recommendation.rates.empty"));
        rates.addClassName("on-time-rates");
        Paragraph definition = new Paragraph(getTranslation("recommendation.rates.definition"));
        definition.addClassName("page-intro");
        add(NarrowScreens.filters(bar), grid, ratesTitle, definition, rates);
        refresh();
    }

    private Activity activity(Recommendation r) {
        return activities.computeIfAbsent(r.getActivityId(), id -> recommendations.activityOf(r));
    }

    private void refresh() {
        RecommendationService.View v = view.getValue();
        String text = search.getValue();
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        count.setText(getTranslation("recommendation.count", PortalFormats.number(recommendations.count(v, text, today))));
        grid.setItems(q -> recommendations.list(v, text, today, toSpringPageRequest(q)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.recommendations");
    }
}
