package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Links from a figure to the records behind it (issue 22: the dashboard led only to more charts):
 * "giam-sat?tu=2025-12-15&den=2026-12-04&don-vi=12" opens the list with those filters set. A
 * value the list cannot take (a unit outside the person's choices, a malformed date) is ignored.
 */
public final class ListLinks {

    public static final String FROM = "tu";
    public static final String TO = "den";
    public static final String UNIT = "don-vi";

    private ListLinks() {
    }

    public static QueryParameters of(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long unitId) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (from != null) {
            p.put(FROM, List.of(from.toString()));
        }
        if (to != null) {
            p.put(TO, List.of(to.toString()));
        }
        if (unitId != null) {
            p.put(UNIT, List.of(String.valueOf(unitId)));
        }
        return new QueryParameters(p);
    }

    /** Opens a stored link ("giam-sat/3?tab=recommendations") inside the portal, its query included. */
    public static void open(UI ui, String link) {
        String path = link.startsWith("/") ? link.substring(1) : link;
        int q = path.indexOf('?');
        if (q < 0) {
            ui.navigate(path);
        } else {
            ui.navigate(path.substring(0, q), QueryParameters.fromString(path.substring(q + 1)));
        }
    }

    /** The unit a link names, if it names one as a number. */
    public static Optional<Long> unit(QueryParameters parameters) {
        return parameters.getSingleParameter(UNIT).flatMap(ListLinks::number);
    }

    /** The first day a link names, if it names one. */
    public static Optional<LocalDate> from(QueryParameters parameters) {
        return date(parameters, FROM);
    }

    /** The last day a link names, if it names one. */
    public static Optional<LocalDate> to(QueryParameters parameters) {
        return date(parameters, TO);
    }

    /** Sets the list's filters from the link, before its first count. */
    public static void apply(QueryParameters parameters, DatePicker from, DatePicker to, ComboBox<Long> unit) {
        date(parameters, FROM).ifPresent(from::setValue);
        date(parameters, TO).ifPresent(to::setValue);
        unit(parameters).filter(id -> unit.getListDataView().contains(id))
                .ifPresent(unit::setValue);
    }

    private static Optional<LocalDate> date(QueryParameters parameters, String name) {
        try {
            return parameters.getSingleParameter(name).map(LocalDate::parse);
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }
}
