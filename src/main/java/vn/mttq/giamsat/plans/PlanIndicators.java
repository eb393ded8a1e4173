package vn.mttq.giamsat.plans;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.indicators.Indicator;
import vn.mttq.giamsat.indicators.IndicatorSource;

/**
 * Plans and tasks as indicators: plans issued in the period by their issuing unit (and how many of
 * them carry out a plan from above), tasks finished in the period by their lead unit, on time or
 * late against their due date, and tasks due in the period still unfinished at its end.
 */
@Component
@Order(10)
class PlanIndicators implements IndicatorSource {

    static final String ISSUED = "plans.issued";
    static final String DERIVED = "plans.derived";
    static final String ON_TIME = "tasks.done-on-time";
    static final String LATE = "tasks.done-late";
    static final String OPEN = "tasks.open";

    private final JdbcTemplate jdbc;

    PlanIndicators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.of(ISSUED, "plans", Indicator.named("indicator.plans.issued"), "indicator.measure.plan", "indicator.method.plans.issued"),
                Indicator.of(DERIVED, "plans", Indicator.named("indicator.plans.derived"), "indicator.measure.plan", "indicator.method.plans.derived"),
                Indicator.of(ON_TIME, "plans", Indicator.named("indicator.tasks.on-time"), "indicator.measure.task", "indicator.method.tasks.on-time"),
                Indicator.of(LATE, "plans", Indicator.named("indicator.tasks.late"), "indicator.measure.task", "indicator.method.tasks.late"),
                Indicator.of(OPEN, "plans", Indicator.named("indicator.tasks.open"), "indicator.measure.task", "indicator.method.tasks.open"));
    }

    @Override
    public Map<Long, Map<String, Long>> count(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        String in = unitIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Date start = Date.valueOf(from);
        Date end = Date.valueOf(to);
        jdbc.query("""
                SELECT issuing_unit_id, COUNT(*), SUM(parent_plan_id IS NOT NULL) FROM plan
                WHERE issuing_unit_id IN (%s) AND status <> 'DRAFT' AND issued_on BETWEEN ? AND ? GROUP BY issuing_unit_id""".formatted(in),
                rs -> {
                    Map<String, Long> v = out.computeIfAbsent(rs.getLong(1), u -> new HashMap<>());
                    v.put(ISSUED, rs.getLong(2));
                    v.put(DERIVED, rs.getLong(3));
                }, start, end);
        jdbc.query("""
                SELECT t.lead_unit_id,
                       SUM(t.done_on BETWEEN ? AND ? AND t.done_on <= t.due_date),
                       SUM(t.done_on BETWEEN ? AND ? AND t.done_on > t.due_date),
                       SUM(t.due_date BETWEEN ? AND ? AND (t.done_on IS NULL OR t.done_on > ?))
                FROM plan_task t JOIN plan p ON p.id = t.plan_id
                WHERE t.lead_unit_id IN (%s) AND p.status <> 'DRAFT'
                  AND (t.done_on BETWEEN ? AND ? OR t.due_date BETWEEN ? AND ?)
                GROUP BY t.lead_unit_id""".formatted(in), rs -> {
            Map<String, Long> v = out.computeIfAbsent(rs.getLong(1), u -> new HashMap<>());
            v.put(ON_TIME, rs.getLong(2));
            v.put(LATE, rs.getLong(3));
            v.put(OPEN, rs.getLong(4));
        }, start, end, start, end, start, end, end, start, end, start, end);
        return out;
    }
}
