package vn.mttq.giamsat.deadlines;

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
        getStyle().set("min-width", "15rem");
        H4 title = new H4(getTranslation("date.months").split(",")[month.getMonthValue() - 1].strip() + " / " + month.getYear());
        title.getStyle().set("margin", "0.5rem 0");
        Div days = new Div();
        days.getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, 2rem)").set("gap", "2px")
                .set("text-align", "center");
        String[] weekdays = getTranslation("date.weekdays-short").split(",");
        for (int i = 1; i <= 7; i++) {
            Span head = new Span(weekdays[i % 7].strip()); // Monday first; Sunday is index 0 in the list
            head.getStyle().set("font-weight", "600").set("font-size", "0.8em");
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
            day.getStyle().set("padding", "0.2rem 0").set("border-radius", "4px");
            DayOff off = daysOff.get(date);
            if (off != null) {
                String reason = getTranslation(off.reasonKey()) + (off.detail().isEmpty() ? "" : " - " + detail(off));
                day.getElement().setAttribute("title", reason);
                day.addClassNames("day-off", "day-off-" + off.kind().name().toLowerCase());
                day.getStyle().set("background", off.kind() == DayOff.Kind.WEEKLY_REST
                        ? "var(--vaadin-background-container, #f1f1f1)" : "#f8d7da").set("color",
                        off.kind() == DayOff.Kind.WEEKLY_REST ? "inherit" : "#842029");
            }
            days.add(day);
        }
        add(title, days);
    }

    /** Compensatory days name the holiday they replace (a translation key); decisions carry free text. */
    private String detail(DayOff off) {
        return off.kind() == DayOff.Kind.COMPENSATORY ? getTranslation(off.detail()) : off.detail();
    }
}
