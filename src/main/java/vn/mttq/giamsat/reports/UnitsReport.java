package vn.mttq.giamsat.reports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.mttq.giamsat.base.text.ListSpreadsheet;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.organisation.DirectoryRow;
import vn.mttq.giamsat.organisation.DirectoryService;
import vn.mttq.giamsat.organisation.UnitService;

/** "Danh sách đơn vị và tài khoản theo huyện": units and accounts of the caller's scope. */
@Service
public class UnitsReport {

    static final String NAME = "units-by-district";

    private final ReportEngine engine;
    private final OfficialHeader header;
    private final DirectoryService directory;
    private final UnitService units;

    UnitsReport(ReportEngine engine, OfficialHeader header, DirectoryService directory, UnitService units) {
        this.engine = engine;
        this.header = header;
        this.directory = directory;
        this.units = units;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    public byte[] render(ReportFormat format) {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        Map<String, Object> params = new HashMap<>(header.parameters(units.scopeRoot().getId(), "DS-MTTQ-BTT", today));
        params.put("TITLE", Texts.vi("report.units.title"));
        params.put("SUBTITLE", Texts.vi("report.units.subtitle", PortalFormats.date(today)));
        params.put("COL_UNIT", Texts.vi("report.units.col.unit"));
        params.put("COL_KIND", Texts.vi("report.units.col.kind"));
        params.put("COL_ACCOUNT", Texts.vi("report.units.col.account"));
        params.put("COL_ROLE", Texts.vi("report.units.col.role"));
        params.put("TOTAL_LABEL", Texts.vi("report.units.total"));
        params.put("RECIPIENTS", Texts.vi("report.units.recipients"));
        List<Map<String, ?>> rows = directory.directory().stream().<Map<String, ?>>map(UnitsReport::row).toList();
        if (format == ReportFormat.XLSX) {
            // a spreadsheet is a plain table (one header row, a row per unit or account), not the printed pages
            List<String> columns = List.of("district", "unit", "kind", "account", "role");
            return ListSpreadsheet.write(Texts.vi("report.units.sheet"), columns.stream().map(c -> Texts.vi("report.units.col." + c)).toList(),
                    rows.stream().map(m -> columns.stream().map(m::get).toList()).toList());
        }
        return engine.render(NAME, params, new JRMapCollectionDataSource(rows), format);
    }

    public String fileName(ReportFormat format) {
        return "danh-sach-don-vi-tai-khoan-" + LocalDate.now(PortalFormats.VIETNAM) + "." + format.extension();
    }

    private static Map<String, Object> row(DirectoryRow r) {
        Map<String, Object> m = new HashMap<>();
        m.put("district", r.group());
        m.put("unit", r.unit());
        m.put("kind", Texts.vi(r.kind().translationKey()));
        m.put("account", r.accountName() == null ? null : r.accountName() + " (" + r.username() + ")");
        m.put("role", r.role() == null ? null : Texts.vi(r.role().translationKey()));
        return m;
    }
}
