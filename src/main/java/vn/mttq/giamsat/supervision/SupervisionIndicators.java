package vn.mttq.giamsat.supervision;

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
import vn.mttq.giamsat.catalogues.Catalogue;
import vn.mttq.giamsat.catalogues.CatalogueEntry;
import vn.mttq.giamsat.catalogues.CatalogueService;
import vn.mttq.giamsat.deadlines.DeadlineRule;
import vn.mttq.giamsat.deadlines.LegalTimeLimits;
import vn.mttq.giamsat.indicators.Indicator;
import vn.mttq.giamsat.indicators.IndicatorSource;

/**
 * Supervision as indicators. Activities (not cancelled) count in the period their supervised
 * period starts, by form; persons supervised by category with their activity. Recommendations
 * count in the period the party committee received them (the day the legal time limit starts):
 * answered within the standard limit (20 working days, Regulation 124 art. 8 cl. 2, from the
 * legal time limits table, its last day kept when received), answered later but within the extended due date of a complex case
 * (30), answered after the due date, not answered by the period's end; and the outcomes of those
 * answered by then.
 */
@Component
@Order(20)
class SupervisionIndicators implements IndicatorSource {

    static final String ACTIVITIES = "supervision.activities";
    static final String FORM = "supervision.form.";
    static final String PERSONS = "supervision.persons.";
    static final String RECEIVED = "recommendations.received";
    static final String WITHIN_STANDARD = "recommendations.answered-standard";
    static final String WITHIN_EXTENDED = "recommendations.answered-extended";
    static final String ANSWERED_LATE = "recommendations.answered-late";
    static final String UNANSWERED = "recommendations.unanswered";
    static final String OUTCOME = "recommendations.outcome.";

    private final JdbcTemplate jdbc;
    private final CatalogueService catalogues;
    private final LegalTimeLimits limits;

    SupervisionIndicators(JdbcTemplate jdbc, CatalogueService catalogues, LegalTimeLimits limits) {
        this.jdbc = jdbc;
        this.catalogues = catalogues;
        this.limits = limits;
    }

    @Override
    public List<Indicator> indicators() {
        List<Indicator> out = new ArrayList<>();
        out.add(Indicator.of(ACTIVITIES, "supervision", Indicator.named("indicator.supervision.activities"),
                "indicator.measure.activity", "indicator.method.supervision.activities"));
        for (CatalogueEntry form : catalogues.all(Catalogue.SUPERVISION_FORM)) {
            out.add(Indicator.of(FORM + form.getCode(), "supervision", Indicator.named("indicator.supervision.form", l -> form.getTitle()),
                    "indicator.measure.activity", "indicator.method.supervision.activities"));
        }
        for (SubjectCategory c : SubjectCategory.values()) {
            out.add(Indicator.of(PERSONS + c.name(), "supervision",
                    Indicator.named("indicator.supervision.persons", l -> Texts.format(l, "supervision.category." + c.name())),
                    "indicator.measure.person", "indicator.method.supervision.persons"));
        }
        int standard = limits().getStandardWorkingDays();
        int maximum = limits().getMaximumWorkingDays();
        out.add(Indicator.of(RECEIVED, "supervision", Indicator.named("indicator.recommendations.received"),
                "indicator.measure.recommendation", "indicator.method.recommendations.received"));
        out.add(Indicator.of(WITHIN_STANDARD, "supervision", Indicator.named("indicator.recommendations.standard", l -> standard),
                "indicator.measure.recommendation", "indicator.method.recommendations.standard"));
        out.add(Indicator.of(WITHIN_EXTENDED, "supervision", Indicator.named("indicator.recommendations.extended", l -> maximum),
                "indicator.measure.recommendation", "indicator.method.recommendations.extended"));
        out.add(Indicator.of(ANSWERED_LATE, "supervision", Indicator.named("indicator.recommendations.late"),
                "indicator.measure.recommendation", "indicator.method.recommendations.late"));
        out.add(Indicator.of(UNANSWERED, "supervision", Indicator.named("indicator.recommendations.unanswered"),
                "indicator.measure.recommendation", "indicator.method.recommendations.unanswered"));
        for (Outcome o : Outcome.values()) {
            out.add(Indicator.of(OUTCOME + o.name(), "supervision",
                    Indicator.named("indicator.recommendations.outcome", l -> Texts.format(l, "recommendation.outcome." + o.name())),
                    "indicator.measure.recommendation", "indicator.method.recommendations.outcome"));
        }
        return out;
    }

    private DeadlineRule limits() {
        return limits.rule(RecommendationService.SOURCE_TYPE).orElseThrow();
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
                SELECT unit_id, form_code, COUNT(*) FROM supervision_activity
                WHERE unit_id IN (%s) AND status <> 'CANCELLED' AND period_from BETWEEN ? AND ? GROUP BY unit_id, form_code""".formatted(in),
                rs -> {
                    Map<String, Long> v = out.computeIfAbsent(rs.getLong(1), u -> new HashMap<>());
                    v.merge(FORM + rs.getString(2), rs.getLong(3), Long::sum);
                    v.merge(ACTIVITIES, rs.getLong(3), Long::sum);
                }, start, end);
        jdbc.query("""
                SELECT a.unit_id, s.category, COUNT(*) FROM supervision_subject s JOIN supervision_activity a ON a.id = s.activity_id
                WHERE a.unit_id IN (%s) AND a.status <> 'CANCELLED' AND a.period_from BETWEEN ? AND ?
                  AND s.kind = 'PERSON' AND s.category IS NOT NULL GROUP BY a.unit_id, s.category""".formatted(in), rs -> {
            out.computeIfAbsent(rs.getLong(1), u -> new HashMap<>()).put(PERSONS + rs.getString(2), rs.getLong(3));
        }, start, end);
        recommendations(in, from, to, out);
        return out;
    }

    /**
     * Counted on the row's own dates: the standard limit's last day is kept when the committee
     * receives the recommendation ({@code standard_due}), the due date moves with an extension.
     * One pass over the covering index.
     */
    private void recommendations(String in, LocalDate from, LocalDate to, Map<Long, Map<String, Long>> out) {
        Date start = Date.valueOf(from);
        Date end = Date.valueOf(to);
        StringBuilder outcomes = new StringBuilder();
        for (Outcome o : Outcome.values()) {
            outcomes.append(", SUM(answered_on <= ? AND outcome = '").append(o.name()).append("')");
        }
        List<Object> args = new ArrayList<>(List.of(end, end, end, end));
        for (int i = 0; i < Outcome.values().length; i++) {
            args.add(end);
        }
        args.add(start);
        args.add(end);
        jdbc.query("""
                SELECT unit_id, COUNT(*),
                       SUM(answered_on <= ? AND answered_on <= COALESCE(standard_due, due_date)),
                       SUM(answered_on <= ? AND answered_on > COALESCE(standard_due, due_date) AND answered_on <= due_date),
                       SUM(answered_on <= ? AND answered_on > due_date),
                       SUM(answered_on IS NULL OR answered_on > ?)%1$s
                FROM recommendation %3$s
                WHERE received_on BETWEEN ? AND ? AND unit_id IN (%2$s) GROUP BY unit_id ORDER BY NULL""".formatted(outcomes, in,
                in.split(",").length > 10 ? "FORCE INDEX (ix_recommendation_figures)" : ""), rs -> {
            Map<String, Long> v = out.computeIfAbsent(rs.getLong(1), u -> new HashMap<>());
            v.put(RECEIVED, rs.getLong(2));
            v.put(WITHIN_STANDARD, rs.getLong(3));
            v.put(WITHIN_EXTENDED, rs.getLong(4));
            v.put(ANSWERED_LATE, rs.getLong(5));
            v.put(UNANSWERED, rs.getLong(6));
            Outcome[] all = Outcome.values();
            for (int i = 0; i < all.length; i++) {
                v.put(OUTCOME + all[i].name(), rs.getLong(7 + i));
            }
        }, args.toArray());
    }
}
