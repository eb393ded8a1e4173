package vn.mttq.giamsat.reports;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.mttq.giamsat.base.PortalFormats;
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
        ResourceBundle t = header.texts();
        Map<String, Object> params = new HashMap<>(header.parameters(units.scopeRoot().getName(), "DS-MTTQ-BTT", today));
        params.put("TITLE", t.getString("report.units.title"));
        params.put("SUBTITLE", MessageFormat.format(t.getString("report.units.subtitle"), PortalFormats.date(today)));
        params.put("COL_UNIT", t.getString("report.units.col.unit"));
        params.put("COL_KIND", t.getString("report.units.col.kind"));
        params.put("COL_ACCOUNT", t.getString("report.units.col.account"));
        params.put("COL_ROLE", t.getString("report.units.col.role"));
        params.put("TOTAL_LABEL", t.getString("report.units.total"));
        params.put("RECIPIENTS", t.getString("report.units.recipients"));
        List<Map<String, ?>> rows = directory.directory().stream().<Map<String, ?>>map(r -> row(r, t)).toList();
        return engine.render(NAME, params, new JRMapCollectionDataSource(rows), format);
    }

    public String fileName(ReportFormat format) {
        return "danh-sach-don-vi-tai-khoan-" + LocalDate.now(PortalFormats.VIETNAM) + "." + format.extension();
    }

    private static Map<String, Object> row(DirectoryRow r, ResourceBundle t) {
        Map<String, Object> m = new HashMap<>();
        m.put("district", r.group());
        m.put("unit", r.unit());
        m.put("kind", t.getString(r.kind().translationKey()));
        m.put("account", r.accountName() == null ? null : r.accountName() + " (" + r.username() + ")");
        m.put("role", r.role() == null ? null : t.getString(r.role().translationKey()));
        return m;
    }
}
