package vn.mttq.giamsat.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.mttq.giamsat.base.text.PortalYears;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.deadlines.LegalTimeLimits;
import vn.mttq.giamsat.deadlines.ReportingPeriod;
import vn.mttq.giamsat.indicators.Indicator;
import vn.mttq.giamsat.indicators.IndicatorService;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.periodicreports.PeriodicReport;
import vn.mttq.giamsat.periodicreports.PeriodicReportService;

/**
 * The read-only open API for other systems: the indicator catalogue, indicator values for a unit
 * subtree and reporting period, and the periodic reports of a period with their state. Every
 * call carries a token ({@link ApiTokenFilter}); a unit outside the token's subtree is 403.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Chỉ tiêu và báo cáo định kỳ", description = "Số liệu thực hiện Quy định 124-QĐ/TW và tình hình báo cáo định kỳ "
        + "(Indicators and periodic reports). Cần mã truy cập (Bearer token) do quản trị viên cấp.")
@SecurityRequirement(name = "token")
class ExchangeApi {

    static final String INDICATORS = "/api/v1/indicators";
    static final String REPORTS = "/api/v1/reports";
    static final List<String> PATHS = List.of(INDICATORS, REPORTS);

    @Schema(description = "Đơn vị (unit): mã và tên")
    record UnitRef(String code, String name) {
    }

    @Schema(description = "Kỳ báo cáo (reporting period): mã dạng 2026-HALF_YEAR, loại, năm, ngày đầu và cuối kỳ")
    record PeriodRef(String code, String kind, int year, LocalDate from, LocalDate to) {
    }

    @Schema(description = "Một chỉ tiêu trong danh mục (catalogue entry), tiếng Việt và tiếng Anh")
    record IndicatorEntry(String code, String feature, String name, String nameEn, String measure, String measureEn, String method,
                          String methodEn) {
    }

    @Schema(description = "Số liệu của một đơn vị trực thuộc (cả cấp dưới của nó)")
    record Branch(UnitRef unit, Map<String, Long> values) {
    }

    @Schema(description = "Số liệu chỉ tiêu của đơn vị và cấp dưới trong kỳ: tổng, phần đơn vị tự thực hiện, từng đơn vị trực thuộc")
    record IndicatorValues(UnitRef unit, PeriodRef period, Map<String, Long> total, Map<String, Long> own, List<Branch> branches) {
    }

    @Schema(description = "Báo cáo định kỳ của một đơn vị: trạng thái DRAFT, SUBMITTED, RETURNED, ACCEPTED, ISSUED (tổng hợp) hoặc MISSING")
    record ReportState(UnitRef unit, PeriodRef period, String status, String statusName, boolean consolidated,
                       @Schema(types = {"string", "null"}, format = "date", description = "Ngày nộp; null: chưa nộp") @Nullable LocalDate submittedOn,
                       @Schema(types = {"string", "null"}, format = "date", description = "Ngày tiếp nhận hoặc trả lại; null: chưa quyết định")
                       @Nullable LocalDate decidedOn,
                       @Schema(types = {"string", "null"}, description = "Số, ký hiệu; null: chưa ban hành") @Nullable String numberSymbol,
                       @Schema(types = {"string", "null"}, format = "date", description = "Ngày ban hành; null: chưa ban hành") @Nullable LocalDate issuedOn) {
    }

    private static final class BadRequest extends RuntimeException {
        private final int status;
        private final String key;
        private final Object[] args;

        BadRequest(int status, String key, Object... args) {
            super(key);
            this.status = status;
            this.key = key;
            this.args = args;
        }
    }

    private final IndicatorService indicators;
    private final PeriodicReportService reports;
    private final LegalTimeLimits limits;
    private final RecipientDirectory directory;

    /** The caller set by {@link ApiTokenFilter} in this application's holder. */
    private final SecurityContextHolderStrategy holder;

    ExchangeApi(IndicatorService indicators, PeriodicReportService reports, LegalTimeLimits limits, RecipientDirectory directory,
                ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.holder = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.indicators = indicators;
        this.reports = reports;
        this.limits = limits;
        this.directory = directory;
    }

    @GetMapping(INDICATORS)
    @Operation(summary = "Danh mục chỉ tiêu (indicator catalogue)",
            description = "Mã, tên, đơn vị tính, cách tính và chức năng cung cấp của từng chỉ tiêu. Mọi chỉ tiêu là số đếm.")
    List<IndicatorEntry> catalogue() {
        return indicators.catalogue().stream().map(i -> new IndicatorEntry(i.code(), i.feature(), i.nameVi(), i.nameEn(), i.measureVi(),
                i.measureEn(), i.methodVi(), i.methodEn())).toList();
    }

    @GetMapping(INDICATORS + "/values")
    @Operation(summary = "Số liệu chỉ tiêu của đơn vị và cấp dưới trong kỳ (indicator values of a unit subtree and period)",
            description = "Mỗi hồ sơ được tính một lần tại đơn vị của nó; tổng của đơn vị gồm cấp dưới. Cùng số liệu với báo cáo định kỳ "
                    + "và trang thống kê.",
            responses = {@ApiResponse(responseCode = "200"), @ApiResponse(responseCode = "400", description = "Kỳ hoặc tham số không hợp lệ"),
                    @ApiResponse(responseCode = "401", description = "Thiếu mã truy cập, mã sai, hết hạn hoặc bị thu hồi"),
                    @ApiResponse(responseCode = "403", description = "Đơn vị ngoài phạm vi của mã truy cập"),
                    @ApiResponse(responseCode = "404", description = "Không có đơn vị với mã này", content = @Content)})
    IndicatorValues values(@Parameter(description = "Mã đơn vị, ví dụ HB-LS; bỏ trống: đơn vị gốc của mã truy cập") @RequestParam(required = false)
                           String unit,
                           @Parameter(description = "Kỳ báo cáo, ví dụ 2026-HALF_YEAR hoặc 2025-YEAR", required = true) @RequestParam(required = false) String period) {
        ApiCaller caller = caller();
        long unitId = unit(unit, caller);
        ReportingPeriod p = period(period);
        try {
            IndicatorService.Breakdown b = indicators.breakdownWithin(caller.scopeUnitId(), unitId, p.from(), p.to());
            List<Branch> branches = new ArrayList<>();
            b.branches().forEach((id, v) -> branches.add(new Branch(ref(id), v.asMap())));
            return new IndicatorValues(ref(unitId), ref(p), complete(b.total().asMap()), complete(b.own().asMap()), branches);
        } catch (AccessDeniedException outside) {
            throw new BadRequest(403, "api.error.outside");
        }
    }

    /** Every catalogue code, zero where nothing was counted, so a receiving system sees the whole table. */
    private Map<String, Long> complete(Map<String, Long> values) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Indicator i : indicators.catalogue()) {
            out.put(i.code(), values.getOrDefault(i.code(), 0L));
        }
        return out;
    }

    @GetMapping(REPORTS)
    @Operation(summary = "Tình hình báo cáo định kỳ trong kỳ (periodic reports of a period and their state)",
            description = "Mỗi đơn vị phải báo cáo trong phạm vi của mã truy cập, với trạng thái báo cáo (MISSING: chưa lập hoặc chưa nộp), "
                    + "và báo cáo tổng hợp của cấp trên nếu có.")
    List<ReportState> reports(@Parameter(description = "Kỳ báo cáo, ví dụ 2026-HALF_YEAR", required = true) @RequestParam(required = false) String period) {
        ApiCaller caller = caller();
        ReportingPeriod p = period(period);
        List<ReportState> out = new ArrayList<>();
        for (PeriodicReportService.Standing s : reports.standingsWithin(caller.scopeUnitId(), p)) {
            PeriodicReport r = s.report();
            out.add(new ReportState(ref(s.unitId()), ref(p), r == null ? "MISSING" : r.getStatus().name(),
                    Texts.vi(r == null ? "report.status.none" : "report.status." + r.getStatus().name()), r != null && r.isConsolidated(),
                    r == null ? null : r.getSubmittedOn(), r == null ? null : r.getDecidedOn(), r == null ? null : r.getNumberSymbol(),
                    r == null ? null : r.getIssuedOn()));
        }
        return out;
    }

    private ApiCaller caller() {
        if (holder.getContext().getAuthentication() instanceof ApiCaller caller) {
            return caller;
        }
        throw new BadRequest(401, "api.error.no-token");
    }

    private long unit(@Nullable String code, ApiCaller caller) {
        if (code == null || code.isBlank()) {
            return caller.scopeUnitId();
        }
        return directory.unitIdByCode(code.strip()).orElseThrow(() -> new BadRequest(404, "api.error.unknown-unit", code.strip()));
    }

    private ReportingPeriod period(@Nullable String code) {
        if (code == null || !code.strip().matches("\\d{4}-(HALF_YEAR|YEAR)")) {
            throw new BadRequest(400, "api.error.period");
        }
        String[] parts = code.strip().split("-", 2);
        if (!PortalYears.contains(Integer.parseInt(parts[0]))) {
            // like the calendar API: the portal's years only
            throw new BadRequest(400, "api.error.period-years");
        }
        return limits.period(parts[1], Integer.parseInt(parts[0])).orElseThrow(() -> new BadRequest(400, "api.error.period"));
    }

    private UnitRef ref(long unitId) {
        return new UnitRef(directory.unitCode(unitId), directory.unitName(unitId));
    }

    private static PeriodRef ref(ReportingPeriod p) {
        return new PeriodRef(p.code(), p.kind(), p.year(), p.from(), p.to());
    }

    @ExceptionHandler(BadRequest.class)
    void refused(BadRequest e, HttpServletResponse response) throws IOException {
        ApiTokenFilter.write(response, e.status, e.key, e.args);
    }
}
