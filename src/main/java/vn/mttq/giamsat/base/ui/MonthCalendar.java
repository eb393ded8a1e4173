package vn.mttq.giamsat.base.ui;

import vn.mttq.giamsat.base.text.PortalFormats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * A month on one calendar, weeks from Monday, with the month's events in their days (each a link
 * to its page) and previous / next / today. Features give it the events of a range of days.
 */
public class MonthCalendar extends VerticalLayout {

    /** One thing on a day: its text, the page it opens, and the longer text shown on hover. */
    public record Event(LocalDate day, String text, String link, String tooltip) {
    }

    /** Events shown in one day's cell; the rest are counted ("+12 khác"), the lists show them all. */
    static final int PER_DAY = 6;

    final Span month = new Span();
    final Div grid = new Div();
    private final BiFunction<LocalDate, LocalDate, List<Event>> events;
    private YearMonth shown = YearMonth.now(PortalFormats.VIETNAM);

    public MonthCalendar(BiFunction<LocalDate, LocalDate, List<Event>> events) {
        this.events = events;
        setPadding(false);
        setWidthFull(); // as tall as the month: the page scrolls, the weeks are never squeezed
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(shown.minusMonths(1)));
        previous.setAriaLabel(getTranslation("month.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(shown.plusMonths(1)));
        next.setAriaLabel(getTranslation("month.next"));
        Button today = new Button(getTranslation("date.today"), e -> show(YearMonth.now(PortalFormats.VIETNAM)));
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
        add(bar, grid);
        draw();
    }

    public void show(YearMonth m) {
        shown = m;
        draw();
    }

    public YearMonth shown() {
        return shown;
    }

    private void draw() {
        month.setText(getTranslation("month.title", shown.getMonthValue(), String.valueOf(shown.getYear())));
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
        Map<LocalDate, List<Event>> byDay = events.apply(first, last).stream().collect(Collectors.groupingBy(Event::day));
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
            List<Event> ofDay = byDay.getOrDefault(day, List.of());
            for (Event e : ofDay.subList(0, Math.min(ofDay.size(), PER_DAY))) {
                Anchor event = new Anchor(e.link(), e.text());
                event.addClassName("month-event");
                event.setTitle(e.tooltip());
                cell.add(event);
            }
            if (ofDay.size() > PER_DAY) {
                Span more = new Span(getTranslation("month.more", ofDay.size() - PER_DAY));
                more.addClassName("month-more");
                cell.add(more);
            }
            grid.add(cell);
        }
    }
}
