package vn.mttq.giamsat.operations;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The load command's view into the database (MariaDB's own CPU is not in a JVM profile): with
 * {@code -Dload.slowlog=20} every statement slower than 20 ms during the run goes to MariaDB's slow
 * log, and the command prints the statements that took the most time in all.
 */
final class SlowStatements {

    private final JdbcTemplate jdbc;

    private SlowStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static SlowStatements startIfAsked(JdbcTemplate jdbc, DataSource dataSource) {
        String millis = System.getProperty("load.slowlog");
        if (millis == null) {
            return null;
        }
        jdbc.execute("set global log_output = 'TABLE'");
        jdbc.execute("set global long_query_time = " + Double.parseDouble(millis) / 1000);
        jdbc.execute("truncate table mysql.slow_log");
        jdbc.execute("set global slow_query_log = 1");
        // a connection takes long_query_time when it is opened: open the pool's afresh
        unwrap(dataSource).getHikariPoolMXBean().softEvictConnections();
        return new SlowStatements(jdbc);
    }

    private static HikariDataSource unwrap(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void print() {
        jdbc.execute("set global slow_query_log = 0");
        System.out.println();
        System.out.printf("%-10s %8s %10s %10s  %s%n", "slow SQL", "count", "total ms", "max ms", "statement");
        jdbc.query("""
                select left(regexp_replace(regexp_replace(convert(sql_text using utf8mb4), '^select .{80,}? from ', 'select … from '),
                            '[0-9]+', 'N'), 300) statement, count(*) n,
                       sum(time_to_sec(query_time)) * 1000 total, max(time_to_sec(query_time)) * 1000 longest
                from mysql.slow_log group by statement order by total desc limit 20""",
                rs -> {
                    System.out.printf("%-10s %8d %10.0f %10.0f  %s%n", "", rs.getLong("n"), rs.getDouble("total"), rs.getDouble("longest"),
                            rs.getString("statement").replaceAll("\\s+", " "));
                });
    }
}
