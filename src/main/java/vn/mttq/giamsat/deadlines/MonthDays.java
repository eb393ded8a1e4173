package vn.mttq.giamsat.deadlines;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Day and month typed as dd/MM (14/06), the way cut-off dates are written in reporting rules. */
final class MonthDays implements Converter<String, MonthDay> {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter LENIENT_INPUT = DateTimeFormatter.ofPattern("d/M").withResolverStyle(ResolverStyle.STRICT);

    private final String error;

    MonthDays(String error) {
        this.error = error;
    }

    static String format(MonthDay day) {
        return DAY_MONTH.format(day);
    }

    @Override
    public Result<MonthDay> convertToModel(String value, ValueContext context) {
        try {
            return Result.ok(MonthDay.parse(value == null ? "" : value.strip(), LENIENT_INPUT));
        } catch (DateTimeParseException e) {
            return Result.error(error);
        }
    }

    @Override
    public String convertToPresentation(MonthDay value, ValueContext context) {
        return value == null ? "" : format(value);
    }
}
