package vn.mttq.giamsat.periodicreports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditEntry;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.text.Said;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.deadlines.LegalTimeLimits;
import vn.mttq.giamsat.deadlines.PeriodicReports;
import vn.mttq.giamsat.deadlines.ReportingPeriod;
import vn.mttq.giamsat.indicators.Indicator;
import vn.mttq.giamsat.indicators.IndicatorService;
import vn.mttq.giamsat.notifications.NotificationService;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.register.DocumentRegister;
import vn.mttq.giamsat.register.IssuedDocument;

/**
 * A unit's periodic report from draft to acceptance, and the consolidation at the level above.
 * The figures of a draft are computed afresh from the unit's subtree every time they are shown;
 * submitting stores them with any corrections, so what the level above reads no longer moves.
 * A consolidated report's figures are the sums of its sub-units' submitted figures.
 */
@Service
public class PeriodicReportService {

    public static final String SOURCE_TYPE = "periodic-report";
    /** Reason for a corrected figure: a sentence, shown beside the value. */
    public static final int REASON_MAX = 500;
    public static final int COMMENT_MAX = 2000;

    /** One row of a report's indicator table. */
    public record Row(Indicator indicator, long computed, @Nullable Long corrected, @Nullable String reason) {
        public long value() {
            return corrected == null ? computed : corrected;
        }
    }

    /** The unit's own figure for an indicator, and why it differs from the computed one. */
    public record Correction(@Nullable Long value, @Nullable String reason) {
    }

    /** One sub-unit's place in the consolidation: its report, if any, and whether it counts. */
    public record Standing(long unitId, /** short: column headers and home items */ String unitName, @Nullable PeriodicReport report, @Nullable LocalDate due) {
        public boolean counted() {
            return report != null && report.getStatus().isSent();
        }

        public @Nullable ReportStatus status() {
            return report == null ? null : report.getStatus();
        }
    }

    /** A sub-unit's text for one section, gathered for the editor of the consolidated report. */
    public record Contribution(String unitName, String text) {
    }

    private final PeriodicReportRepository reports;
    private final ReportValues values;
    private final IndicatorService indicators;
    private final LegalTimeLimits limits;
    private final PeriodicReports obligations;
    private final RecipientDirectory directory;
    private final DataScopeService scopes;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final NotificationService notifications;
    private final DocumentRegister register;
    private final Clock clock = Clock.system(PortalFormats.VIETNAM);

    PeriodicReportService(PeriodicReportRepository reports, ReportValues values, IndicatorService indicators, LegalTimeLimits limits,
                          PeriodicReports obligations, RecipientDirectory directory, DataScopeService scopes, CurrentUser currentUser,
                          AuditService audit, NotificationService notifications, DocumentRegister register) {
        this.reports = reports;
        this.values = values;
        this.indicators = indicators;
        this.limits = limits;
        this.obligations = obligations;
        this.directory = directory;
        this.scopes = scopes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifications = notifications;
        this.register = register;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The periods a person chooses from: those of last year and this year that have begun, the latest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportingPeriod> recentPeriods() {
        LocalDate today = today();
        List<ReportingPeriod> out = new ArrayList<>();
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            limits.periodsOf(year).stream().filter(p -> !p.from().isAfter(today)).forEach(out::add);
        }
        out.sort(Comparator.comparing(ReportingPeriod::to).reversed());
        return out;
    }

    /** The latest period whose last day has passed (the one reports are being written for). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReportingPeriod lastEnded() {
        return recentPeriods().stream().filter(p -> p.hasEnded(today())).findFirst().orElseThrow();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReportingPeriod period(String kind, int year) {
        return limits.period(kind, year).orElseThrow(() -> new UserFacingException("report.error.period-unknown"));
    }

    /** The units that report to this one (the province: its districts and member organisations). */
    @Transactional(readOnly = true)
    public List<Long> reportersUnder(long unitId) {
        Set<Long> children = new HashSet<>(directory.directSubUnits(unitId));
        return directory.periodicReporters().stream().filter(children::contains).toList();
    }

    /** Whether the unit owes periodic reports to the level above. */
    @Transactional(readOnly = true)
    public boolean isReporter(long unitId) {
        return directory.periodicReporters().contains(unitId);
    }

    /** Whether the signed-in person writes and sends this unit's report. */
    @Transactional(readOnly = true)
    public boolean mayWrite(long unitId) {
        PortalUser user = currentUser.require();
        if (user.role() == Role.MEMBER_ORGANISATION) {
            return user.unitId() == unitId;
        }
        return scopes.sees(unitId) && scopes.mayIssueFor(unitId);
    }

    /** Whether the signed-in person accepts or returns this report: the level above's staff. */
    @Transactional(readOnly = true)
    public boolean mayDecide(PeriodicReport report) {
        PortalUser user = currentUser.require();
        if (user.role() == Role.MEMBER_ORGANISATION || report.isConsolidated()) {
            return false;
        }
        return directory.parentUnit(report.getUnitId()).filter(p -> scopes.sees(p) && scopes.mayIssueFor(p)).isPresent();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PeriodicReport get(long id) {
        PeriodicReport r = reports.findById(id).orElseThrow(() -> new UserFacingException("report.error.not-found"));
        if (!sees(r.getUnitId())) {
            throw new AccessDeniedException("report " + id + " is outside the person's scope");
        }
        return r;
    }

    private boolean sees(long unitId) {
        PortalUser user = currentUser.require();
        return user.role() == Role.MEMBER_ORGANISATION ? user.unitId() == unitId : scopes.sees(unitId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PeriodicReport> find(long unitId, ReportingPeriod period) {
        if (!sees(unitId)) {
            return Optional.empty();
        }
        return reports.findByUnitIdAndPeriodKindAndPeriodYear(unitId, period.kind(), period.year());
    }

    /** The unit's report for the period, started as a draft if there is none yet. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PeriodicReport open(long unitId, ReportingPeriod period) {
        if (!mayWrite(unitId)) {
            throw new AccessDeniedException("only the unit's own staff write its report");
        }
        Optional<PeriodicReport> existing = reports.findByUnitIdAndPeriodKindAndPeriodYear(unitId, period.kind(), period.year());
        if (existing.isPresent()) {
            return existing.get();
        }
        boolean consolidated = !reportersUnder(unitId).isEmpty();
        PeriodicReport r = reports.save(new PeriodicReport(unitId, period, consolidated, currentUser.require().username(), Instant.now()));
        audit.record("PERIODIC_REPORT_OPENED", SOURCE_TYPE, r.getId(), title(r));
        return r;
    }

    /** "Báo cáo 6 tháng đầu năm 2026 – Ủy ban MTTQ huyện Lương Sơn". */
    public String title(PeriodicReport r) {
        return Texts.vi("report.title." + r.getPeriodKind(), String.valueOf(r.getPeriodYear())) + " – " + directory.unitName(r.getUnitId());
    }

    /**
     * The indicator table: computed afresh while the report is editable (for a consolidated one, the
     * sum of what its sub-units have sent so far), as stored once it is sent or issued.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Row> rows(PeriodicReport report) {
        get(report.getId());
        Map<String, ReportValues.Stored> stored = values.load(report.getId());
        Map<String, Long> computed = report.getStatus().isEditable() ? computed(report) : null;
        List<Row> out = new ArrayList<>();
        for (Indicator i : indicators.catalogue()) {
            ReportValues.Stored s = stored.get(i.code());
            long value = computed != null ? computed.getOrDefault(i.code(), 0L) : s == null ? 0 : s.computed();
            out.add(new Row(i, value, s == null ? null : s.corrected(), s == null ? null : s.reason()));
        }
        return out;
    }

    private Map<String, Long> computed(PeriodicReport report) {
        if (report.isConsolidated()) {
            return consolidatedSums(report);
        }
        return indicators.subtree(report.getUnitId(), report.getPeriodFrom(), report.getPeriodTo()).asMap();
    }

    /** Saves the draft's text and corrections; a corrected figure needs its reason. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PeriodicReport save(long id, long version, Map<Section, String> narrative, Map<String, Correction> corrections) {
        PeriodicReport r = editable(id, version);
        r.write(narrative);
        Map<String, ReportValues.Stored> stored = new LinkedHashMap<>();
        Map<String, Long> computed = computed(r);
        Set<String> known = new HashSet<>();
        indicators.catalogue().forEach(i -> known.add(i.code()));
        for (var e : corrections.entrySet()) {
            Correction c = e.getValue();
            if (!known.contains(e.getKey()) || c.value() == null) {
                continue;
            }
            if (c.value() < 0) {
                throw new UserFacingException("report.error.negative");
            }
            String reason = TextPolicy.require(c.reason(), REASON_MAX, false);
            long base = computed.getOrDefault(e.getKey(), 0L);
            if (c.value() == base) {
                continue; // the same as computed: nothing to explain
            }
            if (reason == null || reason.isBlank()) {
                throw new UserFacingException("report.error.reason", indicators.indicator(e.getKey()).map(Indicator::nameVi).orElse(e.getKey()));
            }
            stored.put(e.getKey(), new ReportValues.Stored(base, c.value(), reason));
        }
        values.replace(r.getId(), stored);
        audit.record("PERIODIC_REPORT_SAVED", SOURCE_TYPE, r.getId(), stored.isEmpty() ? null
                : Texts.vi("report.audit.corrections", String.valueOf(stored.size())));
        return reports.saveAndFlush(r);
    }

    private PeriodicReport editable(long id, long version) {
        PeriodicReport r = get(id);
        if (r.getVersion() != version) {
            throw new OptimisticLockingFailureException("report " + id + " changed");
        }
        if (!mayWrite(r.getUnitId())) {
            throw new AccessDeniedException("only the unit's own staff write its report");
        }
        if (!r.getStatus().isEditable()) {
            throw new UserFacingException("report.error.not-editable");
        }
        return r;
    }

    /** Freezes the computed figures with the corrections (the table the level above will read). */
    private void freeze(PeriodicReport r) {
        Map<String, ReportValues.Stored> stored = values.load(r.getId());
        Map<String, Long> computed = computed(r);
        Map<String, ReportValues.Stored> frozen = new LinkedHashMap<>();
        for (Indicator i : indicators.catalogue()) {
            ReportValues.Stored s = stored.get(i.code());
            frozen.put(i.code(), new ReportValues.Stored(computed.getOrDefault(i.code(), 0L), s == null ? null : s.corrected(),
                    s == null ? null : s.reason()));
        }
        values.replace(r.getId(), frozen);
    }

    /** Every figure nought and nothing written under "Hạn chế và nguyên nhân": a report that tells nothing. */
    static boolean unexplainedZeros(List<Row> rows, Map<Section, String> narrative) {
        return rows.stream().allMatch(row -> row.value() == 0) && narrative.getOrDefault(Section.LIMITATIONS, "").isBlank();
    }

    /**
     * Sends the report to the level above: only once its period has ended; a second submission
     * changes nothing. Meets the deadline engine's obligation and tells the level above.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PeriodicReport submit(long id) {
        PeriodicReport r = get(id);
        if (!mayWrite(r.getUnitId())) {
            throw new AccessDeniedException("only the unit's own staff send its report");
        }
        if (r.getStatus().isSent()) {
            return r;
        }
        if (r.isConsolidated()) {
            throw new UserFacingException("report.error.consolidated-is-issued");
        }
        if (!r.period().hasEnded(today())) {
            throw new UserFacingException("report.error.period-open", PortalFormats.date(r.getPeriodTo()));
        }
        freeze(r);
        // every figure nought: said why, or not sent (issue 22: an accepted all-zero report told nothing)
        if (unexplainedZeros(rows(r), r.narrative())) {
            throw new UserFacingException("report.error.all-zero");
        }
        r.submitted(today(), currentUser.require().username());
        obligations.submitted(r.getUnitId(), r.periodCode(), today());
        String title = title(r);
        directory.standingCommitteeAbove(r.getUnitId()).forEach(to -> notifications.notify(to,
                Said.of("report.notify.submitted", title), Said.of("report.notify.submitted.body", directory.unitName(r.getUnitId())),
                "bao-cao-dinh-ky/" + r.getId()));
        audit.record(r.getReturnComment() == null ? "PERIODIC_REPORT_SUBMITTED" : "PERIODIC_REPORT_RESUBMITTED", SOURCE_TYPE, r.getId(), title);
        return reports.saveAndFlush(r);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PeriodicReport accept(long id) {
        PeriodicReport r = decided(id);
        r.accepted(today(), currentUser.require().username());
        tell(r, Said.of("report.notify.accepted", title(r)), Said.plain(""));
        audit.record("PERIODIC_REPORT_ACCEPTED", SOURCE_TYPE, r.getId(), title(r));
        return reports.saveAndFlush(r);
    }

    /** Returns the report to its unit with what must change; the unit corrects it and sends it again. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PeriodicReport giveBack(long id, String comment) {
        String clean = TextPolicy.requireFilled(comment, COMMENT_MAX, true, "report.error.comment");
        PeriodicReport r = decided(id);
        r.returned(today(), currentUser.require().username(), clean);
        tell(r, Said.of("report.notify.returned", title(r)), Said.plain(clean));
        audit.record("PERIODIC_REPORT_RETURNED", SOURCE_TYPE, r.getId(), clean);
        return reports.saveAndFlush(r);
    }

    private PeriodicReport decided(long id) {
        PeriodicReport r = get(id);
        if (!mayDecide(r)) {
            throw new AccessDeniedException("only the level above accepts or returns a report");
        }
        if (r.getStatus() != ReportStatus.SUBMITTED) {
            throw new UserFacingException("report.error.transition");
        }
        return r;
    }

    private void tell(PeriodicReport r, Said title, Said body) {
        directory.unitAccounts(r.getUnitId()).forEach(to -> notifications.notify(to, title, body, "bao-cao-dinh-ky/" + r.getId()));
    }

    /** Every reporting sub-unit of {@code unitId} and where its report for the period stands. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Standing> standings(long unitId, ReportingPeriod period) {
        if (!scopes.sees(unitId) || currentUser.require().role() == Role.MEMBER_ORGANISATION) {
            throw new AccessDeniedException("unit " + unitId + " is outside the person's scope");
        }
        return standingsOf(reportersUnder(unitId), period);
    }

    /**
     * For another system whose access reaches the subtree of {@code scopeRootId} (the open API's
     * token): that unit's own report, then every reporting unit under it, with where it stands.
     */
    @Transactional(readOnly = true)
    public List<Standing> standingsWithin(long scopeRootId, ReportingPeriod period) {
        List<Long> units = new ArrayList<>();
        units.add(scopeRootId);
        units.addAll(reportersUnder(scopeRootId));
        return standingsOf(units, period);
    }

    private List<Standing> standingsOf(List<Long> units, ReportingPeriod period) {
        Map<Long, PeriodicReport> byUnit = new LinkedHashMap<>();
        reports.findByPeriodKindAndPeriodYearAndUnitIdIn(period.kind(), period.year(), units).forEach(r -> byUnit.put(r.getUnitId(), r));
        return units.stream().map(u -> new Standing(u, directory.unitShortName(u), byUnit.get(u), period.due())).toList();
    }

    /** Each sub-unit's sent figures, by unit; units that have not sent are absent. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Long>> sentValues(PeriodicReport consolidated) {
        get(consolidated.getId());
        Map<Long, Map<String, Long>> out = new LinkedHashMap<>();
        for (Standing s : standings(consolidated.getUnitId(), consolidated.period())) {
            if (s.counted()) {
                Map<String, Long> v = new LinkedHashMap<>();
                values.load(s.report().getId()).forEach((code, stored) -> v.put(code, stored.value()));
                out.put(s.unitId(), v);
            }
        }
        return out;
    }

    private Map<String, Long> consolidatedSums(PeriodicReport consolidated) {
        Map<String, Long> sums = new LinkedHashMap<>();
        sentValues(consolidated).values().forEach(v -> v.forEach((code, n) -> sums.merge(code, n, Long::sum)));
        return sums;
    }

    /** The sub-units' texts of one section, for the editor of the consolidated report to condense. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Section, List<Contribution>> contributions(PeriodicReport consolidated) {
        Map<Section, List<Contribution>> out = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            out.put(s, new ArrayList<>());
        }
        for (Standing s : standings(consolidated.getUnitId(), consolidated.period())) {
            if (s.counted()) {
                s.report().narrative().forEach((section, text) -> {
                    if (!text.isBlank()) {
                        out.get(section).add(new Contribution(s.unitName(), text));
                    }
                });
            }
        }
        return out;
    }

    /** The unit's report of the period before, for its text as a reference. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PeriodicReport> previous(PeriodicReport r) {
        return reports.findByUnitIdOrderByPeriodToDesc(r.getUnitId()).stream()
                .filter(p -> p.getPeriodTo().isBefore(r.getPeriodFrom())).findFirst();
    }

    /**
     * Issues the consolidated report: its period has ended, its figures are frozen as the sums of
     * what the sub-units sent, and it takes the next number of the unit's register.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public PeriodicReport issue(long id, long version) {
        PeriodicReport r = editable(id, version);
        if (!r.isConsolidated()) {
            throw new UserFacingException("report.error.not-consolidated");
        }
        if (!r.period().hasEnded(today())) {
            throw new UserFacingException("report.error.period-open", PortalFormats.date(r.getPeriodTo()));
        }
        freeze(r);
        IssuedDocument doc = register.issue(r.getUnitId(), "BC", SOURCE_TYPE, String.valueOf(r.getId()), title(r), today());
        r.issued(doc.symbol(), today());
        audit.record("PERIODIC_REPORT_ISSUED", SOURCE_TYPE, r.getId(), doc.symbol());
        return reports.saveAndFlush(r);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long id) {
        get(id);
        return audit.trail(SOURCE_TYPE, List.of(String.valueOf(id)));
    }

    /** The name of a unit, for pages and documents. */
    public String unitName(long unitId) {
        return directory.unitName(unitId);
    }

    /** The short name for lists and choosers ("Lương Sơn"); documents use the full name. */
    public String unitShortName(long unitId) {
        return directory.unitShortName(unitId);
    }
}
