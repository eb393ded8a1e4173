package vn.mttq.giamsat.reports;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.mttq.giamsat.base.text.ListSpreadsheet;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.deadlines.DeadlineFilter;
import vn.mttq.giamsat.deadlines.DeadlineRow;
import vn.mttq.giamsat.deadlines.DeadlineService;
import vn.mttq.giamsat.deadlines.DeadlineStatus;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.organisation.UnitService;

/**
 * "Danh sách kiến nghị, vụ việc quá hạn trả lời": every open item of the caller's scope past its
 * due date, by responsible unit, with how many working days late, for the Standing Committee
 * to urge the bodies concerned.
 */
@Service
public class OverdueDeadlinesReport {

    static final String NAME = "overdue-deadlines";

    private final ReportEngine engine;
    private final OfficialHeader header;
    private final DeadlineService deadlines;
    private final WorkingCalendar calendar;
    private final UnitService units;

    OverdueDeadlinesReport(ReportEngine engine, OfficialHeader header, DeadlineService deadlines, WorkingCalendar calendar,
                           UnitService units) {
        this.engine = engine;
        this.header = header;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.units = units;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    public byte[] render(ReportFormat format) {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        Map<String, Object> params = new HashMap<>(header.parameters(units.scopeRoot().getId(), "DS-MTTQ-BTT", today));
        params.put("TITLE", Texts.vi("report.overdue.title"));
        params.put("SUBTITLE", Texts.vi("report.overdue.subtitle", PortalFormats.date(today)));
        params.put("COL_TITLE", Texts.vi("report.overdue.col.title"));
        params.put("COL_RECEIVED", Texts.vi("report.overdue.col.received"));
        params.put("COL_DUE", Texts.vi("report.overdue.col.due"));
        params.put("COL_OVERDUE", Texts.vi("report.overdue.col.overdue"));
        params.put("NONE", Texts.vi("report.overdue.none"));
        params.put("TOTAL_LABEL", Texts.vi("report.overdue.total"));
        params.put("GRAND_TOTAL_LABEL", Texts.vi("report.overdue.grand-total"));
        params.put("RECIPIENTS", Texts.vi("report.units.recipients"));
        Collator vietnamese = Collator.getInstance(Texts.VIETNAMESE);
        List<DeadlineRow> overdue = deadlines.list(new DeadlineFilter(DeadlineStatus.OPEN, null, today.minusDays(1), null),
                        Pageable.unpaged()).stream()
                .sorted(Comparator.comparing(DeadlineRow::unitName, vietnamese).thenComparing(DeadlineRow::dueDate))
                .toList();
        if (format == ReportFormat.XLSX) {
            // a spreadsheet is a plain table (one header row, a row per item, numbers and dates typed), not the printed pages
            return ListSpreadsheet.write(Texts.vi("report.overdue.sheet"), List.of(Texts.vi("report.units.col.unit"),
                    Texts.vi("report.overdue.col.title"), Texts.vi("report.overdue.col.received"), Texts.vi("report.overdue.col.due"),
                    Texts.vi("report.overdue.col.overdue")), overdue.stream().map(r -> List.<Object>of(r.unitName(), r.title(), r.receivedOn(),
                    r.dueDate(), calendar.workingDaysOverdue(today, r.dueDate()))).toList());
        }
        List<Map<String, ?>> rows = overdue.stream().<Map<String, ?>>map(r -> row(r, today)).toList();
        return engine.render(NAME, params, new JRMapCollectionDataSource(rows), format);
    }

    public String fileName(ReportFormat format) {
        return "qua-han-tra-loi-" + LocalDate.now(PortalFormats.VIETNAM) + "." + format.extension();
    }

    private Map<String, Object> row(DeadlineRow r, LocalDate today) {
        Map<String, Object> m = new HashMap<>();
        m.put("unit", r.unitName());
        m.put("title", r.title());
        m.put("received", PortalFormats.date(r.receivedOn()));
        m.put("due", PortalFormats.date(r.dueDate()));
        m.put("overdue", calendar.workingDaysOverdue(today, r.dueDate()));
        return m;
    }
}
