package vn.mttq.giamsat.outreach;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.outreach.OutreachFigures.Figures;
import vn.mttq.giamsat.outreach.OutreachFigures.FormTotal;

/**
 * The per-unit counts behind the figures page and the indicators: each unit's own sessions,
 * attendance, propaganda and practices in a period. No scope check here; its callers check.
 */
@Component
class OutreachCounts {

    /** Above this many units a query reads the period along the covering index (measured: docs/benchmarks.md). */
    static final int WIDE = 10;

    private final JdbcTemplate jdbc;

    OutreachCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit's own figures among {@code units}; units without any are absent. */
    Map<Long, Figures> perUnit(Collection<Long> units, LocalDate from, LocalDate to) {
        Map<Long, Figures> out = new TreeMap<>();
        if (units.isEmpty()) {
            return out;
        }
        String in = units.stream().map(String::valueOf).collect(Collectors.joining(","));
        // many units: read the period from the covering indexes; a few: their own index by unit is narrower
        boolean wide = units.size() > WIDE;
        Date start = Date.valueOf(from);
        Date end = Date.valueOf(to);
        jdbc.query("""
                SELECT unit_id, kind, COUNT(*), SUM(att_front_cadres), SUM(att_member_cadres), SUM(att_inspection), SUM(att_residential),
                       SUM(att_party_members), SUM(att_people), COALESCE(SUM(att_women), 0), COALESCE(SUM(att_ethnic_minority), 0)
                FROM training_session %s
                WHERE unit_id IN (%s) AND status IN ('HELD', 'REPORTED') AND starts_on BETWEEN ? AND ?
                GROUP BY unit_id, kind""".formatted(wide ? "FORCE INDEX (ix_training_figures)" : "", in), rs -> {
            Figures f = Figures.empty();
            f.sessions().put(SessionKind.valueOf(rs.getString(2)), rs.getLong(3));
            Audience[] audiences = Audience.values();
            for (int i = 0; i < audiences.length; i++) {
                f.attendance().put(audiences[i], rs.getLong(4 + i));
            }
            out.merge(rs.getLong(1), new Figures(f.sessions(), f.attendance(), rs.getLong(10), rs.getLong(11), f.propaganda(), 0, 0),
                    Figures::plus);
        }, start, end);
        jdbc.query("""
                SELECT unit_id, form_code, COUNT(*), SUM(quantity), SUM(reach) FROM propaganda_activity %s
                WHERE unit_id IN (%s) AND from_on BETWEEN ? AND ? GROUP BY unit_id, form_code""".formatted(
                wide ? "FORCE INDEX (ix_propaganda_figures)" : "", in), rs -> {
            Figures f = Figures.empty();
            f.propaganda().put(rs.getString(2), new FormTotal(rs.getLong(3), rs.getLong(4), rs.getLong(5)));
            out.merge(rs.getLong(1), f, Figures::plus);
        }, start, end);
        jdbc.query("""
                SELECT unit_id, SUM(DATE(created_at + INTERVAL 7 HOUR) BETWEEN ? AND ?),
                       SUM(status = 'RECOGNISED' AND decided_on BETWEEN ? AND ?)
                FROM good_practice WHERE unit_id IN (%s) GROUP BY unit_id""".formatted(in), rs -> {
            Figures e = Figures.empty();
            out.merge(rs.getLong(1), new Figures(e.sessions(), e.attendance(), 0, 0, e.propaganda(), rs.getLong(2), rs.getLong(3)),
                    Figures::plus);
        }, start, end, start, end);
        return out;
    }

}
