package vn.mttq.giamsat.calendar;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/** One month, weeks from Monday; days off are marked and say why on hover. */
class MonthGrid extends Div {

    MonthGrid(YearMonth month, Map<LocalDate, DayOff> daysOff) {
        addClassName("month-grid");
        H4 title = new H4(getTranslation("date.months").split(",")[month.getMonthValue() - 1].strip() + " / " + month.getYear());
        Div days = new Div();
        days.addClassName("month-days");
        String[] weekdays = getTranslation("date.weekdays-short").split(",");
        for (int i = 1; i <= 7; i++) {
            Span head = new Span(weekdays[i % 7].strip()); // Monday first; Sunday is index 0 in the list
            head.addClassName("weekday");
            days.add(head);
        }
        int lead = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < lead; i++) {
            days.add(new Span());
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            Span day = new Span(String.valueOf(d));
            day.getElement().setAttribute("data-date", date.toString());
            day.addClassName("day");
            DayOff off = daysOff.get(date);
            if (off != null) {
                String reason = getTranslation(off.reasonKey()) + (off.detail().isEmpty() ? "" : " - " + detail(off));
                day.getElement().setAttribute("title", reason);
                day.addClassNames("day-off", "day-off-" + off.kind().name().toLowerCase());
            }
            days.add(day);
        }
        add(title, days);
    }

    private String detail(DayOff off) {
        return off.detailIn(this::getTranslation);
    }
}
