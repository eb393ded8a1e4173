package vn.mttq.giamsat.periodicreports.demo;

import vn.mttq.giamsat.periodicreports.PeriodicReport;
import vn.mttq.giamsat.periodicreports.PeriodicReportRepository;
import vn.mttq.giamsat.periodicreports.PeriodicReportService;
import vn.mttq.giamsat.periodicreports.ReportStatus;
import vn.mttq.giamsat.periodicreports.ReportValues;
import vn.mttq.giamsat.periodicreports.Section;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.security.AsSystem;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.deadlines.LegalTimeLimits;
import vn.mttq.giamsat.deadlines.ReportingPeriod;
import vn.mttq.giamsat.indicators.Indicator;
import vn.mttq.giamsat.indicators.IndicatorService;
import vn.mttq.giamsat.indicators.Values;
import vn.mttq.giamsat.organisation.demo.DemoProvinceSeeded;
import vn.mttq.giamsat.register.DocumentRegister;

/**
 * Reports of the last two closed periods, seeded after every feature's demo records so their
 * figures are the portal's own. The last closed half-year: most districts and member
 * organisations submitted (most accepted, two waiting, one corrected figure), Lương Sơn's a draft, Mai Châu's
 * returned, Lạc Sơn's missing; the province's consolidation started. The year before
 * it: every unit accepted and the province's consolidated report issued with its number.
 */
@Component
class DemoPeriodicReports {

    private final PeriodicReportRepository reports;
    private final ReportValues values;
    private final IndicatorService indicators;
    private final LegalTimeLimits limits;
    private final DocumentRegister register;

    DemoPeriodicReports(PeriodicReportRepository reports, ReportValues values, IndicatorService indicators, LegalTimeLimits limits,
                        DocumentRegister register) {
        this.reports = reports;
        this.values = values;
        this.indicators = indicators;
        this.limits = limits;
        this.register = register;
    }

    @EventListener
    @Order(90)
    void on(DemoProvinceSeeded seeded) {
        Long province = seeded.unitIdsByCode().get("HB");
        if (province == null) {
            return;
        }
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        AsSystem.call(() -> {
            ReportingPeriod half = limits.period("HALF_YEAR", today.getYear()).orElseThrow();
            if (!half.hasEnded(today)) {
                half = limits.period("HALF_YEAR", today.getYear() - 1).orElseThrow();
            }
            ReportingPeriod yearBefore = limits.period("YEAR", half.year() - 1).orElseThrow();
            Map<String, ReportStatus> all = new LinkedHashMap<>();
            for (String code : new String[] {"HB-TP", "HB-DB", "HB-LS", "HB-KB", "HB-CP", "HB-TL", "HB-MC", "HB-LSN",
                    "HB-LDLD", "HB-HND", "HB-HLHPN", "HB-DTN", "HB-HCCB"}) {
                all.put(code, ReportStatus.ACCEPTED);
            }
            seed(seeded, yearBefore, all);
            LocalDate issued = yearBefore.due() == null ? yearBefore.to().plusDays(10) : yearBefore.due().plusDays(5);
            consolidate(province, yearBefore, issued);

            Map<String, ReportStatus> last = new LinkedHashMap<>(all);
            last.put("HB-TL", ReportStatus.SUBMITTED);
            last.put("HB-HLHPN", ReportStatus.SUBMITTED);
            last.put("HB-MC", ReportStatus.RETURNED);
            last.put("HB-LS", ReportStatus.DRAFT); // Lương Sơn still writing: its home page says so
            last.remove("HB-LSN");
            seed(seeded, half, last);
            PeriodicReport draft = reports.save(new PeriodicReport(province, half, true, "dcpl", at(half.to().plusDays(8))));
            draft.write(Map.of(Section.RESULTS, "Ban Thường trực tổng hợp từ báo cáo của các huyện, thành phố và tổ chức thành viên; "
                    + "còn chờ báo cáo sửa của huyện Mai Châu và báo cáo của huyện Lạc Sơn."));
            reports.save(draft);
            return null;
        });
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.ofHours(7));
    }

    private void seed(DemoProvinceSeeded seeded, ReportingPeriod period, Map<String, ReportStatus> states) {
        LocalDate due = period.due() == null ? period.to().plusDays(6) : period.due();
        int n = 0;
        for (var e : states.entrySet()) {
            Long unit = seeded.unitIdsByCode().get(e.getKey());
            if (unit == null) {
                continue;
            }
            n++;
            PeriodicReport r = new PeriodicReport(unit, period, false, "demo", at(period.to().plusDays(2)));
            r.write(narrative(e.getKey(), period));
            Values computed = indicators.breakdownWithin(seeded.unitIdsByCode().get("HB"), unit, period.from(), period.to()).total();
            Map<String, ReportValues.Stored> stored = new LinkedHashMap<>();
            for (Indicator i : indicators.catalogue()) {
                stored.put(i.code(), new ReportValues.Stored(computed.get(i.code()), null, null));
            }
            if (e.getKey().equals("HB-KB")) {
                long base = computed.get("attendance.total");
                stored.put("attendance.total", new ReportValues.Stored(base, base + 85,
                        "Bổ sung 85 lượt người dự hội nghị tại 2 xã chưa nhập lên cổng"));
            }
            ReportStatus status = e.getValue();
            LocalDate submitted = due.minusDays(n % 4);
            if (status != ReportStatus.DRAFT) {
                r.submitted(submitted, "demo");
            }
            if (status == ReportStatus.ACCEPTED) {
                r.accepted(submitted.plusDays(3), "dcpl");
            } else if (status == ReportStatus.RETURNED) {
                r.returned(submitted.plusDays(2), "dcpl", "Đề nghị bổ sung số người được giám sát theo nhóm đối tượng và nêu rõ "
                        + "nguyên nhân 2 kiến nghị chưa được trả lời.");
            }
            PeriodicReport saved = reports.save(r);
            if (status != ReportStatus.DRAFT) {
                values.replace(saved.getId(), stored);
            }
        }
    }

    private void consolidate(long province, ReportingPeriod period, LocalDate issuedOn) {
        PeriodicReport c = new PeriodicReport(province, period, true, "dcpl", at(issuedOn.minusDays(3)));
        c.write(Map.of(Section.RESULTS, "Ban Thường trực Ủy ban MTTQ tỉnh tổng hợp kết quả thực hiện Quy định 124-QĐ/TW của "
                        + "8 huyện, thành phố và 5 tổ chức chính trị - xã hội tỉnh; số liệu chi tiết tại phụ lục.",
                Section.STRENGTHS, "Các cấp đã cụ thể hóa kế hoạch, tổ chức giám sát đúng quy trình; kiến nghị sau giám sát được theo dõi đến khi có trả lời.",
                Section.LIMITATIONS, "Một số cấp ủy trả lời kiến nghị chậm; số liệu một số xã cập nhật chưa kịp thời. Nguyên nhân: cán bộ kiêm nhiệm, "
                        + "chưa quen cập nhật trên cổng.",
                Section.RECOMMENDATIONS, "Đề nghị Thường trực Tỉnh ủy chỉ đạo các cấp ủy trả lời kiến nghị đúng thời hạn 20 ngày làm việc.",
                Section.NEXT_TASKS, "Tiếp tục giám sát người đứng đầu; tập huấn cập nhật số liệu cho cán bộ cấp xã."));
        PeriodicReport saved = reports.save(c);
        Map<String, Long> sums = new LinkedHashMap<>();
        for (PeriodicReport r : reports.findByPeriodKindAndPeriodYearAndUnitIdIn(period.kind(), period.year(),
                reports.findAll().stream().map(PeriodicReport::getUnitId).distinct().toList())) {
            if (r.getStatus().isSent() && !r.isConsolidated()) {
                values.load(r.getId()).forEach((code, v) -> sums.merge(code, v.value(), Long::sum));
            }
        }
        Map<String, ReportValues.Stored> stored = new LinkedHashMap<>();
        for (Indicator i : indicators.catalogue()) {
            stored.put(i.code(), new ReportValues.Stored(sums.getOrDefault(i.code(), 0L), null, null));
        }
        values.replace(saved.getId(), stored);
        var doc = register.issueWhileSeeding(province, "BC", PeriodicReportService.SOURCE_TYPE, String.valueOf(saved.getId()),
                "Báo cáo năm " + period.year() + " thực hiện Quy định 124-QĐ/TW", issuedOn);
        saved.issued(doc.symbol(), issuedOn);
        reports.save(saved);
    }

    private static Map<Section, String> narrative(String unitCode, ReportingPeriod period) {
        Map<Section, String> m = new EnumMap<>(Section.class);
        String when = period.kind().equals("YEAR") ? "năm " + period.year() : "6 tháng đầu năm " + period.year();
        m.put(Section.RESULTS, "Trong " + when + ", đơn vị đã quán triệt Quy định 124-QĐ/TW, ban hành kế hoạch giám sát, tổ chức các cuộc giám sát "
                + "và theo dõi kiến nghị sau giám sát; số liệu chi tiết tại phụ lục kèm theo.");
        m.put(Section.STRENGTHS, switch (unitCode) {
            case "HB-LS" -> "Các xã tổ chức đối thoại đều đặn; người dân tham gia góp ý cán bộ, đảng viên nơi cư trú đông.";
            case "HB-KB" -> "Phối hợp tốt với Ủy ban Kiểm tra Huyện ủy trong theo dõi trả lời kiến nghị.";
            case "HB-HND" -> "Hội viên nông dân tích cực góp ý cán bộ, đảng viên nơi cư trú.";
            default -> "Cấp ủy quan tâm chỉ đạo; cán bộ Mặt trận nắm vững quy trình giám sát.";
        });
        m.put(Section.LIMITATIONS, "Một số kiến nghị được trả lời chậm so với thời hạn 20 ngày làm việc. Nguyên nhân: cơ quan được kiến nghị "
                + "cần thêm thời gian xác minh.");
        m.put(Section.RECOMMENDATIONS, "Đề nghị Ban Thường trực tỉnh tổ chức tập huấn kỹ năng giám sát cho cán bộ cấp xã.");
        m.put(Section.NEXT_TASKS, "Tiếp tục giám sát người đứng đầu, cán bộ chủ chốt; theo dõi trả lời kiến nghị đến khi kết thúc.");
        return m;
    }
}
