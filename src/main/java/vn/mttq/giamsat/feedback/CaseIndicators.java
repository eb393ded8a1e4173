package vn.mttq.giamsat.feedback;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.indicators.Indicator;
import vn.mttq.giamsat.indicators.IndicatorSource;

/**
 * People's comments, reports and denunciations as indicators, counted in the period they were
 * received, by the Front unit following them (merged duplicates left out): by kind and by
 * channel; answered by the body by the period's end, on time or after the due date; and the
 * reporter told of the answer by then.
 */
@Component
@Order(30)
class CaseIndicators implements IndicatorSource {

    static final String RECEIVED = "cases.received";
    static final String KIND = "cases.kind.";
    static final String CHANNEL = "cases.channel.";
    static final String ON_TIME = "cases.answered-on-time";
    static final String LATE = "cases.answered-late";
    static final String TOLD = "cases.told";

    /** Above this many units the period is read along the covering index; a few units read their own index. */
    static final int WIDE = 10;

    private final JdbcTemplate jdbc;

    CaseIndicators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Indicator> indicators() {
        List<Indicator> out = new ArrayList<>();
        out.add(Indicator.of(RECEIVED, "feedback", Indicator.named("indicator.cases.received"), "indicator.measure.case",
                "indicator.method.cases.received"));
        for (CaseKind k : CaseKind.values()) {
            out.add(Indicator.of(KIND + k.name(), "feedback", Indicator.named("indicator.cases.kind", l -> Texts.format(l, "feedback.kind." + k.name())),
                    "indicator.measure.case", "indicator.method.cases.received"));
        }
        for (Channel c : Channel.values()) {
            out.add(Indicator.of(CHANNEL + c.name(), "feedback",
                    Indicator.named("indicator.cases.channel", l -> Texts.format(l, "feedback.channel." + c.name())),
                    "indicator.measure.case", "indicator.method.cases.received"));
        }
        out.add(Indicator.of(ON_TIME, "feedback", Indicator.named("indicator.cases.on-time"), "indicator.measure.case",
                "indicator.method.cases.on-time"));
        out.add(Indicator.of(LATE, "feedback", Indicator.named("indicator.cases.late"), "indicator.measure.case",
                "indicator.method.cases.late"));
        out.add(Indicator.of(TOLD, "feedback", Indicator.named("indicator.cases.told"), "indicator.measure.case",
                "indicator.method.cases.told"));
        return out;
    }

    @Override
    public Map<Long, Map<String, Long>> count(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        String in = unitIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Date end = Date.valueOf(to);
        jdbc.query("""
                SELECT following_unit_id, kind, channel, COUNT(*),
                       SUM(answered_on <= ? AND answered_on <= due_date),
                       SUM(answered_on <= ? AND answered_on > due_date),
                       SUM(told_on <= ?)
                FROM feedback_case %s
                WHERE received_on BETWEEN ? AND ? AND following_unit_id IN (%s) AND status <> 'MERGED'
                GROUP BY following_unit_id, kind, channel ORDER BY NULL""".formatted(
                unitIds.size() > WIDE ? "FORCE INDEX (ix_feedback_figures)" : "", in), rs -> {
            Map<String, Long> v = out.computeIfAbsent(rs.getLong(1), u -> new HashMap<>());
            long n = rs.getLong(4);
            v.merge(RECEIVED, n, Long::sum);
            v.merge(KIND + rs.getString(2), n, Long::sum);
            v.merge(CHANNEL + rs.getString(3), n, Long::sum);
            v.merge(ON_TIME, rs.getLong(5), Long::sum);
            v.merge(LATE, rs.getLong(6), Long::sum);
            v.merge(TOLD, rs.getLong(7), Long::sum);
        }, end, end, end, Date.valueOf(from), end);
        return out;
    }
}
