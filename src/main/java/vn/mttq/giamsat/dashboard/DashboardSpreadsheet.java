package vn.mttq.giamsat.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.Texts;
import vn.mttq.giamsat.deadlines.ReportingPeriod;
import vn.mttq.giamsat.indicators.Indicator;
import vn.mttq.giamsat.reports.ListSpreadsheet;

/** The dashboard's numbers as a sheet: one row per indicator, one column per row of the dashboard's table, then the total. */
final class DashboardSpreadsheet {

    private DashboardSpreadsheet() {
    }

    static byte[] write(Function<String, String> names, List<Indicator> catalogue, List<DashboardView.Line> lines, String unitName,
                        ReportingPeriod period) {
        List<String> headers = new ArrayList<>(List.of(Texts.vi("report.col.code"), Texts.vi("report.col.indicator"),
                Texts.vi("report.col.measure")));
        lines.forEach(l -> headers.add(l.name()));
        headers.add(Texts.vi("report.col.sum"));
        List<List<@Nullable String>> rows = new ArrayList<>();
        for (Indicator i : catalogue) {
            List<@Nullable String> cells = new ArrayList<>(List.of(i.code(), names.apply(i.code()), i.measureVi()));
            long sum = 0;
            for (DashboardView.Line l : lines) {
                long v = l.values().get(i.code());
                sum += v;
                cells.add(String.valueOf(v));
            }
            cells.add(String.valueOf(sum));
            rows.add(cells);
        }
        return ListSpreadsheet.write(unitName + " " + period.year(), headers, rows);
    }
}
