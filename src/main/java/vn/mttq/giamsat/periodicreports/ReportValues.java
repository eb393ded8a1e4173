package vn.mttq.giamsat.periodicreports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The indicator values stored with a report: what was computed and, where the unit differs, its figure and reason. */
@Component
public class ReportValues {

    /** One stored value. */
    public record Stored(long computed, @Nullable Long corrected, @Nullable String reason) {
        public long value() {
            return corrected == null ? computed : corrected;
        }
    }

    private final JdbcTemplate jdbc;

    ReportValues(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Stored> load(long reportId) {
        Map<String, Stored> out = new LinkedHashMap<>();
        jdbc.query("SELECT code, computed, corrected, reason FROM periodic_report_value WHERE report_id = ?", rs -> {
            long computed = rs.getLong(2);
            long corrected = rs.getLong(3);
            Long correctedOrNone = rs.wasNull() ? null : corrected;
            out.put(rs.getString(1), new Stored(computed, correctedOrNone, rs.getString(4)));
        }, reportId);
        return out;
    }

    /** Replaces every stored value of the report, in the caller's transaction. */
    public void replace(long reportId, Map<String, Stored> values) {
        jdbc.update("DELETE FROM periodic_report_value WHERE report_id = ?", reportId);
        jdbc.batchUpdate("INSERT INTO periodic_report_value (report_id, code, computed, corrected, reason) VALUES (?, ?, ?, ?, ?)",
                values.entrySet().stream().map(e -> new Object[] {reportId, e.getKey(), e.getValue().computed(), e.getValue().corrected(),
                        e.getValue().reason()}).toList());
    }
}
