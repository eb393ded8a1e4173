package vn.mttq.giamsat.periodicreports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.base.text.ListSpreadsheet;
import vn.mttq.giamsat.reports.OfficialHeader;
import vn.mttq.giamsat.reports.ReportEngine;
import vn.mttq.giamsat.reports.ReportFormat;
import vn.mttq.giamsat.signing.DocumentPrinter;
import vn.mttq.giamsat.signing.SignedDocuments;

/**
 * A periodic report as a document in the official layout (reports/periodic-report.jrxml), PDF or
 * DOCX, marked "DỰ THẢO" until sent or issued; and its indicator annex as XLSX, for a
 * consolidated report with one column per sub-unit and their sum. Always in Vietnamese.
 */
@Service
public class PeriodicReportDocuments implements DocumentPrinter {

    private final PeriodicReportService reports;
    private final ReportEngine engine;
    private final OfficialHeader header;
    private final SignedDocuments signed;

    PeriodicReportDocuments(PeriodicReportService reports, ReportEngine engine, OfficialHeader header, SignedDocuments signed) {
        this.signed = signed;
        this.reports = reports;
        this.engine = engine;
        this.header = header;
    }

    @Override
    public String sourceType() {
        return PeriodicReportService.SOURCE_TYPE;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] issuedPdf(String sourceId, String documentType) {
        return render(Long.parseLong(sourceId), ReportFormat.PDF);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] render(long reportId, ReportFormat format) {
        PeriodicReport r = reports.get(reportId);
        if (format == ReportFormat.XLSX) {
            return annex(r);
        }
        LocalDate date = r.getIssuedOn() != null ? r.getIssuedOn() : r.getSubmittedOn() != null ? r.getSubmittedOn()
                : LocalDate.now(PortalFormats.VIETNAM);
        Map<String, Object> p = new HashMap<>(header.numbered(r.getUnitId(), r.getNumberSymbol(), "BC-MTTQ", date));
        boolean draft = r.getStatus().isEditable();
        p.put("DRAFT_MARK", draft ? Texts.vi("plan.print.draft") : null);
        p.put("KIND", Texts.vi("report.print.kind"));
        p.put("TITLE", Texts.vi("report.print.title." + r.getPeriodKind(), String.valueOf(r.getPeriodYear()),
                PortalFormats.date(r.getPeriodFrom()), PortalFormats.date(r.getPeriodTo())));
        // a draft's table is counted afresh: count it once for the body's notes and the annex
        List<PeriodicReportService.Row> table = reports.rows(r);
        p.put("BODY", body(r, table));
        p.put("ANNEX_TITLE", Texts.vi("report.print.annex"));
        p.put("COL_NO", Texts.vi("report.col.no"));
        p.put("COL_INDICATOR", Texts.vi("report.col.indicator"));
        p.put("COL_MEASURE", Texts.vi("report.col.measure"));
        p.put("COL_VALUE", Texts.vi("report.col.value"));
        p.put("RECIPIENTS", Texts.vi(r.isConsolidated() ? "report.print.recipients.consolidated" : "report.print.recipients"));
        List<Map<String, ?>> rows = new ArrayList<>();
        int n = 0;
        for (PeriodicReportService.Row row : table) {
            Map<String, Object> m = new HashMap<>();
            m.put("no", String.valueOf(++n));
            m.put("indicator", row.indicator().nameVi() + (row.corrected() == null ? "" : " (*)"));
            m.put("measure", row.indicator().measureVi());
            m.put("value", PortalFormats.numberVi(row.value()));
            rows.add(m);
        }
        p.put("ANNEX_ROWS", List.copyOf(rows)); // the Word file writes the annex itself (reports.OfficialDocx)
        if (format != ReportFormat.PDF) {
            return engine.render("periodic-report", p, new JRMapCollectionDataSource(rows), format);
        }
        // an issued consolidated report is signed once and kept; others print as rendered (issue 26)
        return signed.issuedPdf(PeriodicReportService.SOURCE_TYPE, String.valueOf(reportId), "BC", "1",
                () -> engine.render("periodic-report", p, new JRMapCollectionDataSource(rows), format));
    }

    private String body(PeriodicReport r, List<PeriodicReportService.Row> table) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (var e : r.narrative().entrySet()) {
            b.append(roman(++n)).append(". ").append(Texts.vi(e.getKey().translationKey()).toUpperCase(Texts.VIETNAMESE)).append('\n');
            b.append(e.getValue().isBlank() ? "…" : e.getValue()).append("\n\n");
        }
        boolean corrected = table.stream().anyMatch(row -> row.corrected() != null);
        if (corrected) {
            b.append(Texts.vi("report.print.corrected-note")).append('\n');
            table.stream().filter(row -> row.corrected() != null).forEach(row -> b.append("- ").append(row.indicator().nameVi())
                    .append(": ").append(Texts.vi("report.print.corrected", PortalFormats.numberVi(row.computed()),
                            PortalFormats.numberVi(row.value()), row.reason())).append('\n'));
        }
        return b.toString().strip();
    }

    private static String roman(int n) {
        return new String[] {"I", "II", "III", "IV", "V", "VI"}[n - 1];
    }

    /** The indicator table as a spreadsheet: a unit's computed and reported figures, or the consolidation's columns per sub-unit. */
    private byte[] annex(PeriodicReport r) {
        List<String> headers = new ArrayList<>(List.of(Texts.vi("report.col.no"), Texts.vi("report.col.code"),
                Texts.vi("report.col.indicator"), Texts.vi("report.col.measure")));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        List<PeriodicReportService.Row> table = reports.rows(r);
        if (r.isConsolidated()) {
            List<PeriodicReportService.Standing> standings = reports.standings(r.getUnitId(), r.period());
            Map<Long, Map<String, Long>> sent = reports.sentValues(r);
            standings.forEach(s -> headers.add(s.unitName() + (s.counted() ? "" : " " + Texts.vi("report.consolidation.missing-mark"))));
            headers.add(Texts.vi("report.col.sum"));
            int n = 0;
            for (PeriodicReportService.Row row : table) {
                List<@Nullable Object> cells = new ArrayList<>(List.of(++n, row.indicator().code(), row.indicator().nameVi(),
                        row.indicator().measureVi()));
                for (PeriodicReportService.Standing s : standings) {
                    Map<String, Long> v = sent.get(s.unitId());
                    cells.add(v == null ? null : v.getOrDefault(row.indicator().code(), 0L));
                }
                cells.add(row.value());
                rows.add(cells);
            }
        } else {
            headers.addAll(List.of(Texts.vi("report.col.computed"), Texts.vi("report.col.value"), Texts.vi("report.col.reason")));
            int n = 0;
            for (PeriodicReportService.Row row : table) {
                rows.add(new ArrayList<>(List.<Object>of(++n, row.indicator().code(), row.indicator().nameVi(), row.indicator().measureVi(),
                        row.computed(), row.value(), row.reason() == null ? "" : row.reason())));
            }
        }
        return ListSpreadsheet.write(Texts.vi("report.print.annex-sheet"), headers, rows);
    }

    public String fileName(PeriodicReport r, ReportFormat format) {
        return "bao-cao-" + (r.getPeriodKind().equals("YEAR") ? "nam-" : "6-thang-") + r.getPeriodYear() + "-" + r.getUnitId()
                + (format == ReportFormat.XLSX ? "-phu-luc" : "") + "." + format.extension();
    }
}
