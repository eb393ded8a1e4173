package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/**
 * A date picker that speaks the user's language and always shows dates as dd/MM/yyyy, the way
 * Vietnamese documents write them; weeks start on Monday.
 */
public class PortalDatePicker extends DatePicker {

    public PortalDatePicker(String label) {
        super(label);
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(list("date.months"));
        i18n.setWeekdays(list("date.weekdays"));
        i18n.setWeekdaysShort(list("date.weekdays-short"));
        i18n.setToday(getTranslation("date.today"));
        i18n.setCancel(getTranslation("common.cancel"));
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat("dd/MM/yyyy");
        setI18n(i18n);
        setPlaceholder("dd/mm/yyyy");
        setClearButtonVisible(true);
    }

    private List<String> list(String key) {
        return Arrays.stream(getTranslation(key).split(",")).map(String::strip).toList();
    }

    /**
     * A range's two ends: the end never precedes the start (moving the start later carries the end
     * along) and the end's picker offers no earlier day.
     */
    public static void range(DatePicker start, DatePicker end) {
        end.setMin(start.getValue());
        start.addValueChangeListener(e -> {
            if (e.getValue() != null && (end.getValue() == null || end.getValue().isBefore(e.getValue()))) {
                end.setValue(e.getValue());
            }
            end.setMin(e.getValue());
        });
    }
}
