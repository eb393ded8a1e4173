package vn.mttq.giamsat.outreach;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * The one query service for the figures of propaganda, training and good practices, for any unit
 * and period (a reporting period or any date range): sessions held by kind, attendance by
 * audience, propaganda by form with quantities and reach, good practices proposed and recognised;
 * a unit's own and its subtree's, and per direct sub-unit for drill-down. Periodic reports and
 * charts read these, never the tables. A session counts on its first day, a propaganda activity
 * on its first day, a practice when proposed and when recognised.
 */
@Service
public class OutreachFigures {

    /** Propaganda of one form: how many activities, their quantities and estimated reach. */
    public record FormTotal(long activities, long quantity, long reach) {
        FormTotal plus(FormTotal o) {
            return new FormTotal(activities + o.activities, quantity + o.quantity, reach + o.reach);
        }
    }

    /** The figures of a unit (own or subtree) for a period. */
    public record Figures(Map<SessionKind, Long> sessions, Map<Audience, Long> attendance, long women, long ethnicMinority,
                          Map<String, FormTotal> propaganda, long practicesProposed, long practicesRecognised) {

        static Figures empty() {
            Map<SessionKind, Long> s = new EnumMap<>(SessionKind.class);
            for (SessionKind k : SessionKind.values()) {
                s.put(k, 0L);
            }
            Map<Audience, Long> a = new EnumMap<>(Audience.class);
            for (Audience x : Audience.values()) {
                a.put(x, 0L);
            }
            return new Figures(s, a, 0, 0, new TreeMap<>(), 0, 0);
        }

        public long sessionsHeld() {
            return sessions.values().stream().mapToLong(Long::longValue).sum();
        }

        public long attendees() {
            return attendance.values().stream().mapToLong(Long::longValue).sum();
        }

        public long propagandaActivities() {
            return propaganda.values().stream().mapToLong(FormTotal::activities).sum();
        }

        Figures plus(Figures o) {
            Map<SessionKind, Long> s = new EnumMap<>(sessions);
            o.sessions.forEach((k, v) -> s.merge(k, v, Long::sum));
            Map<Audience, Long> a = new EnumMap<>(attendance);
            o.attendance.forEach((k, v) -> a.merge(k, v, Long::sum));
            Map<String, FormTotal> p = new TreeMap<>(propaganda);
            o.propaganda.forEach((k, v) -> p.merge(k, v, FormTotal::plus));
            return new Figures(s, a, women + o.women, ethnicMinority + o.ethnicMinority, p, practicesProposed + o.practicesProposed,
                    practicesRecognised + o.practicesRecognised);
        }
    }

    private final JdbcTemplate jdbc;
    private final OutreachCounts counts;
    private final RecipientDirectory directory;
    private final OutreachScope scope;

    OutreachFigures(JdbcTemplate jdbc, OutreachCounts counts, RecipientDirectory directory, OutreachScope scope) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.directory = directory;
        this.scope = scope;
    }

    /** The unit's own figures (what it recorded itself). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Figures own(long unitId, LocalDate from, LocalDate to) {
        check(unitId);
        return counts.perUnit(List.of(unitId), from, to).getOrDefault(unitId, Figures.empty());
    }

    /** The unit's subtree summed: the unit itself and every unit below it, each counted once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Figures subtree(long unitId, LocalDate from, LocalDate to) {
        check(unitId);
        return counts.perUnit(directory.branches(unitId).keySet(), from, to).values().stream().reduce(Figures.empty(), Figures::plus);
    }

    /**
     * For drill-down: the unit's own figures first, then each direct sub-unit's subtree, in tree
     * order (keys are unit ids; the first key is the unit itself).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, Figures> byBranch(long unitId, LocalDate from, LocalDate to) {
        check(unitId);
        Map<Long, Long> branches = directory.branches(unitId);
        Map<Long, Figures> units = counts.perUnit(branches.keySet(), from, to);
        Map<Long, Figures> out = new LinkedHashMap<>();
        out.put(unitId, units.getOrDefault(unitId, Figures.empty()));
        for (long child : directory.directSubUnits(unitId)) {
            out.put(child, Figures.empty());
        }
        units.forEach((unit, f) -> {
            long branch = unit == unitId ? -1 : branches.get(unit);
            if (branch != -1) {
                out.merge(branch, f, Figures::plus);
            }
        });
        return out;
    }

    private void check(long unitId) {
        if (!scope.sees(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside the person's scope");
        }
    }

    /** The review sessions (interim, final) of a unit's subtree held in a period, for its periodic report. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> reviews(long unitId, LocalDate from, LocalDate to) {
        check(unitId);
        List<Long> ids = new ArrayList<>(directory.branches(unitId).keySet());
        return jdbc.queryForList("SELECT id FROM training_session WHERE unit_id IN (" + ids.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + ") AND kind IN ('INTERIM_REVIEW', 'FINAL_REVIEW') AND status IN ('HELD', 'REPORTED')"
                + " AND starts_on BETWEEN ? AND ? ORDER BY starts_on", Long.class, Date.valueOf(from), Date.valueOf(to));
    }
}
