package vn.mttq.giamsat.outreach;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The named attendee lists of sessions (imported from XLSX), and the counts by audience taken from them. */
@Component
class AttendeeLists {

    /** One person on a list. */
    record Attendee(String fullName, String unitName, String position, Audience audience) {
    }

    private final JdbcTemplate jdbc;

    AttendeeLists(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts by audience of the session's list; empty when it has none. */
    Map<Audience, Integer> countsOf(long sessionId) {
        Map<Audience, Integer> out = new EnumMap<>(Audience.class);
        jdbc.query("SELECT audience, COUNT(*) FROM training_attendee WHERE session_id = ? GROUP BY audience",
                rs -> { out.put(Audience.valueOf(rs.getString(1)), rs.getInt(2)); }, sessionId);
        return out;
    }

    List<Attendee> of(long sessionId) {
        return jdbc.query("SELECT full_name, unit_name, position, audience FROM training_attendee WHERE session_id = ? ORDER BY id",
                (rs, n) -> new Attendee(rs.getString(1), rs.getString(2), rs.getString(3), Audience.valueOf(rs.getString(4))), sessionId);
    }

    /** Replaces the session's list. */
    void replace(long sessionId, List<Attendee> list) {
        jdbc.update("DELETE FROM training_attendee WHERE session_id = ?", sessionId);
        jdbc.batchUpdate("INSERT INTO training_attendee (session_id, full_name, unit_name, position, audience) VALUES (?, ?, ?, ?, ?)",
                list.stream().map(a -> new Object[] {sessionId, a.fullName(), a.unitName(), a.position(), a.audience().name()}).toList());
    }
}
