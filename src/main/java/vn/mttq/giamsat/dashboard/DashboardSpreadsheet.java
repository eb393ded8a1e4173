package vn.mttq.giamsat.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.text.ListSpreadsheet;
import vn.mttq.giamsat.deadlines.ReportingPeriod;
import vn.mttq.giamsat.indicators.Indicator;

/**
 * The dashboard's numbers as a sheet: one row per indicator, one column per row of the dashboard's
 * table, then the total; numbers as numeric cells, every word in the person's language.
 */
final class DashboardSpreadsheet {

    private DashboardSpreadsheet() {
    }

    static byte[] write(Function<String, String> texts, Locale locale, List<Indicator> catalogue, List<DashboardView.Line> lines,
                        String unitName, ReportingPeriod period) {
        boolean english = "en".equals(locale.getLanguage());
        List<String> headers = new ArrayList<>(List.of(texts.apply("report.col.code"), texts.apply("report.col.indicator"),
                texts.apply("report.col.measure")));
        lines.forEach(l -> headers.add(l.name()));
        headers.add(texts.apply("report.col.sum"));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Indicator i : catalogue) {
            List<@Nullable Object> cells = new ArrayList<>(List.of(i.code(), english ? i.nameEn() : i.nameVi(),
                    english ? i.measureEn() : i.measureVi()));
            long sum = 0;
            for (DashboardView.Line l : lines) {
                long v = l.values().get(i.code());
                sum += v;
                cells.add(v);
            }
            cells.add(sum);
            rows.add(cells);
        }
        return ListSpreadsheet.write(unitName + " " + period.year(), headers, rows);
    }
}
