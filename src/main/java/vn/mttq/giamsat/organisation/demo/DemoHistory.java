package vn.mttq.giamsat.organisation.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the demo's history seeders share (issue 24: each computed them on its own): the span of the
 * demo's past, and the Front committees (province, districts, communes) the past's records are
 * spread over, with the SQL that picks one by a row number.
 */
public final class DemoHistory {

    private DemoHistory() {
    }

    /** The demo's past: from 15/12 eighteen months before the last closed half-year's end (14/06) to that day. */
    public record Span(LocalDate start, LocalDate end) {

        public long days() {
            return end.toEpochDay() - start.toEpochDay();
        }
    }

    public static Span span(LocalDate today) {
        LocalDate end = LocalDate.of(today.getYear(), 6, 14);
        if (!today.isAfter(end)) {
            end = end.minusYears(1);
        }
        return new Span(LocalDate.of(end.getYear() - 2, 12, 15), end);
    }

    /** The Front committees of the demo province, by id. */
    public static List<Long> committees(JdbcTemplate jdbc) {
        return jdbc.queryForList("select id from unit where kind in ('PROVINCE_FRONT', 'DISTRICT_FRONT', 'COMMUNE_FRONT') order by id",
                Long.class);
    }

    /** SQL choosing one of the units by the row's {@code seq} (MariaDB's sequence table), evenly. */
    public static String unitBySeq(List<Long> units) {
        return "ELT(seq % " + units.size() + " + 1, " + units.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    }
}
