package vn.mttq.giamsat.supervision;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.mttq.giamsat.base.CurrentUser;
import vn.mttq.giamsat.base.FeedKeys;
import vn.mttq.giamsat.base.PortalFormats;
import vn.mttq.giamsat.base.Role;
import vn.mttq.giamsat.organisation.DataScopeService;

/**
 * The delegations' working sessions of a month across the person's scope on one calendar (a
 * member organisation: the delegations its people sit in), weeks from Monday; a session opens its
 * activity. Below, the address of the unit's calendar feed for a calendar application.
 */
@Route("giam-sat/lich")
@Menu(order = 220, title = "menu.supervision-calendar", icon = "vaadin:calendar-user")
@PermitAll
class SessionsCalendarView extends VerticalLayout implements HasDynamicTitle {

    final Span month = new Span();
    final Div grid = new Div();
    final Anchor feed = new Anchor();
    private final ActivityService activities;
    private final Map<Long, String> unitNames = new HashMap<>();
    private YearMonth shown = YearMonth.now(PortalFormats.VIETNAM);

    SessionsCalendarView(ActivityService activities, FeedKeys keys, CurrentUser currentUser, DataScopeService scopes) {
        this.activities = activities;
        addClassName("page");
        setWidthFull(); // as tall as the month: the page scrolls, the weeks are never squeezed
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> move(-1));
        previous.setAriaLabel(getTranslation("supervision.calendar.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> move(1));
        next.setAriaLabel(getTranslation("supervision.calendar.next"));
        Button today = new Button(getTranslation("date.today"), e -> {
            shown = YearMonth.now(PortalFormats.VIETNAM);
            draw();
        });
        for (Button b : List.of(previous, next, today)) {
            b.addThemeVariants(ButtonVariant.TERTIARY);
        }
        month.addClassName("calendar-month-title");
        HorizontalLayout bar = new HorizontalLayout(previous, month, next, today);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(false);
        bar.addClassName("calendar-bar");
        grid.addClassName("month-calendar");
        grid.setWidthFull();
        long unit = currentUser.require().role() == Role.MEMBER_ORGANISATION ? currentUser.require().unitId()
                : scopes.current().rootUnitId();
        feed.setHref(SupervisionFeed.path(keys, unit));
        feed.setText(getTranslation("supervision.calendar.feed"));
        feed.addClassName("calendar-feed-link");
        Paragraph help = new Paragraph(getTranslation("supervision.calendar.feed.help", activities.unitName(unit)));
        help.addClassName("page-intro");
        add(bar, grid, new HorizontalLayout(feed), help);
        draw();
    }

    private void move(int months) {
        shown = shown.plusMonths(months);
        draw();
    }

    void draw() {
        month.setText(getTranslation("supervision.calendar.title", shown.getMonthValue(), String.valueOf(shown.getYear())));
        grid.removeAll();
        List<String> weekdays = Arrays.stream(getTranslation("date.weekdays-short").split(",")).map(String::strip).toList();
        // the picker's list starts on Sunday; the calendar's weeks start on Monday
        for (int i = 1; i <= 7; i++) {
            Span head = new Span(weekdays.get(i % 7));
            head.addClassName("month-weekday");
            grid.add(head);
        }
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<LocalDate, List<ActivityService.CalendarEntry>> byDay = activities.sessionsBetween(first, last).stream()
                .collect(Collectors.groupingBy(e -> e.session().getHeldOn()));
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Div cell = new Div();
            cell.addClassName("month-day");
            if (day.getMonthValue() != shown.getMonthValue()) {
                cell.addClassName("other-month");
            }
            if (day.equals(today)) {
                cell.addClassName("today");
            }
            Span number = new Span(String.valueOf(day.getDayOfMonth()));
            number.addClassName("month-day-number");
            cell.add(number);
            for (ActivityService.CalendarEntry e : byDay.getOrDefault(day, List.of())) {
                Anchor event = new Anchor("giam-sat/" + e.activity().getId(),
                        (e.session().getStartsAt() == null ? "" : e.session().getStartsAt() + " ") + e.activity().getTitle());
                event.addClassName("month-event");
                event.setTitle(e.activity().getTitle() + " · " + e.session().getPlace() + " · "
                        + unitNames.computeIfAbsent(e.activity().getUnitId(), activities::unitName));
                cell.add(event);
            }
            grid.add(cell);
        }
    }

    void show(YearMonth month) {
        shown = month;
        draw();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.supervision-calendar");
    }
}
