package vn.mttq.giamsat.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.deadlines.LegalTimeLimits;
import vn.mttq.giamsat.deadlines.ReportingPeriod;
import vn.mttq.giamsat.indicators.IndicatorService;
import vn.mttq.giamsat.indicators.Values;
import vn.mttq.giamsat.organisation.DataScopeService;

/**
 * What the dashboard shows for a unit and a reporting period, all from the indicators' one query
 * service (so the charts and the periodic reports count alike): the breakdown by direct sub-unit,
 * the same figures for the period before, and the trend over the last six periods of the kind
 * (ended periods' totals reused for {@link #HISTORY_TTL}, the chosen period's for {@link #CURRENT_TTL}).
 * On-time rates are derived here from counts: of the items received in the period, the share
 * answered within their time limit by its end.
 */
@Service
public class Analytics {

    /** The indicators the charts and key figures follow, in display order. */
    public static final List<String> MAIN = List.of("supervision.activities", "recommendations.received", "cases.received",
            "sessions.held", "propaganda.activities");
    static final int TREND_PERIODS = 6;

    /** One period's totals on the trend line. */
    public record TrendPoint(ReportingPeriod period, Values values) {
    }

    /** Everything one page of the dashboard needs. */
    /**
     * {@code previous} is the period before over the same span: while a period goes on, its first
     * days are compared with the same days of the period before ({@code previousTo} says up to
     * which day), not with the whole of it (issue 22).
     */
    public record Snapshot(ReportingPeriod period, IndicatorService.Breakdown current, Values previous,
                           @Nullable LocalDate previousTo, List<TrendPoint> trend, Instant countedAt) {
    }

    private final IndicatorService indicators;
    private final LegalTimeLimits limits;
    private final DataScopeService scope;

    Analytics(IndicatorService indicators, LegalTimeLimits limits, DataScopeService scope) {
        this.indicators = indicators;
        this.limits = limits;
        this.scope = scope;
    }

    /** The periods to choose from: those of the last two years and this one that have begun, the latest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportingPeriod> periods() {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        List<ReportingPeriod> out = new ArrayList<>();
        for (int year = today.getYear() - 2; year <= today.getYear() + 1; year++) {
            limits.periodsOf(year).stream().filter(p -> !p.from().isAfter(today)).forEach(out::add);
        }
        out.sort((a, b) -> b.to().compareTo(a.to()) != 0 ? b.to().compareTo(a.to()) : a.kind().compareTo(b.kind()));
        return out;
    }

    /** How long an ended period's totals are reused for the change and the trend (they change rarely once it is over). */
    static final Duration HISTORY_TTL = Duration.ofMinutes(10);
    /** How long the chosen period's figures are shown again without counting (the page says when they were counted). */
    static final Duration CURRENT_TTL = Duration.ofMinutes(2);

    private record Key(long unitId, String kind, int year) {
    }

    private record Cached<T>(T value, Instant at) {
        boolean freshFor(Duration ttl) {
            return at.plus(ttl).isAfter(Instant.now());
        }
    }

    private final Map<Key, Cached<Values>> history = new ConcurrentHashMap<>();
    private final Map<Key, Cached<IndicatorService.Breakdown>> recent = new ConcurrentHashMap<>();

    /**
     * The chosen period's figures, counted at most every {@link #CURRENT_TTL} unless
     * {@code recount} (the page's "count again"); the earlier periods, once over, every
     * {@link #HISTORY_TTL}. A count of a province's year over a million records takes most of a
     * second on two cores; seen again, the page answers at once and says when it was counted.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Snapshot snapshot(long unitId, ReportingPeriod period, boolean recount) {
        if (!scope.sees(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside the person's scope");
        }
        Key key = new Key(unitId, period.kind(), period.year());
        Cached<IndicatorService.Breakdown> hit = recount ? null : recent.get(key);
        if (hit == null || !hit.freshFor(CURRENT_TTL)) {
            hit = new Cached<>(indicators.breakdown(unitId, period.from(), period.to()), Instant.now());
            recent.put(key, hit);
        }
        IndicatorService.Breakdown current = hit.value();
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        Optional<ReportingPeriod> last = before(period, 1);
        LocalDate previousTo = last.map(p -> sameSpanEnd(period, p, today)).orElse(null);
        Values previous = last.map(p -> previousTo == null || !previousTo.isBefore(p.to()) ? totals(unitId, p)
                : indicators.subtree(unitId, p.from(), previousTo)).orElse(Values.of(Map.of()));
        List<TrendPoint> trend = new ArrayList<>();
        for (int back = TREND_PERIODS - 1; back >= 1; back--) {
            before(period, back).ifPresent(p -> trend.add(new TrendPoint(p, totals(unitId, p))));
        }
        trend.add(new TrendPoint(period, current.total()));
        return new Snapshot(period, current, previous, previousTo, trend, hit.at());
    }

    private Values totals(long unitId, ReportingPeriod p) {
        if (!p.hasEnded(LocalDate.now(PortalFormats.VIETNAM))) {
            return indicators.subtree(unitId, p.from(), p.to());
        }
        Key key = new Key(unitId, p.kind(), p.year());
        Cached<Values> hit = history.get(key);
        if (hit != null && hit.freshFor(HISTORY_TTL)) {
            return hit.value();
        }
        Values v = indicators.subtree(unitId, p.from(), p.to());
        history.put(key, new Cached<>(v, Instant.now()));
        return v;
    }

    /** The day of {@code before} as far into it as today is into {@code period}; its last day once {@code period} has ended. */
    static LocalDate sameSpanEnd(ReportingPeriod period, ReportingPeriod before, LocalDate today) {
        if (period.hasEnded(today) || today.isBefore(period.from())) {
            return before.to();
        }
        LocalDate end = before.from().plusDays(ChronoUnit.DAYS.between(period.from(), today));
        return end.isAfter(before.to()) ? before.to() : end;
    }

    /** Whether a rate has anything to count: no recommendation (or case) received is "no data", not 0 %. */
    public static boolean hasRecommendations(Values v) {
        return v.get("recommendations.received") > 0;
    }

    public static boolean hasCases(Values v) {
        return v.get("cases.received") > 0;
    }

    private Optional<ReportingPeriod> before(ReportingPeriod period, int back) {
        return limits.period(period.kind(), period.year() - back);
    }

    /** Recommendations answered within their time limit (the standard one or a complex case's extension), in percent of those received. */
    public static long recommendationsOnTime(Values v) {
        return percent(v.get("recommendations.answered-standard") + v.get("recommendations.answered-extended"), v.get("recommendations.received"));
    }

    /** Cases answered by the competent body by their due date, in percent of those received. */
    public static long casesOnTime(Values v) {
        return percent(v.get("cases.answered-on-time"), v.get("cases.received"));
    }

    static long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }

    /** Key figure → value, the rates included, for the key-figure cards and their change. */
    public static Map<String, Long> keyFigures(Values v) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("supervision.activities", v.get("supervision.activities"));
        m.put("recommendations.received", v.get("recommendations.received"));
        m.put("rate.recommendations", recommendationsOnTime(v));
        m.put("cases.received", v.get("cases.received"));
        m.put("rate.cases", casesOnTime(v));
        m.put("sessions.held", v.get("sessions.held"));
        m.put("attendance.total", v.get("attendance.total"));
        m.put("practices.recognised", v.get("practices.recognised"));
        return m;
    }
}
