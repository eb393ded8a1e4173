package vn.mttq.giamsat.base.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import org.junit.jupiter.api.Test;

/** An external database that cannot be reached stops start-up with one readable report. */
class DatabaseUnreachableFailureAnalyzerTest {

    @Test
    void an_unreachable_database_is_reported_in_one_readable_message() {
        var analyzer = new DatabaseUnreachableFailureAnalyzer();
        var refused = new SQLNonTransientConnectionException("Socket fail to connect to db:3306", "08000");
        var analysis = analyzer.analyze(new IllegalStateException("context failed", refused), refused);
        assertThat(analysis.getDescription()).startsWith("Không kết nối được cơ sở dữ liệu MariaDB").contains("db:3306");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
        var syntax = new SQLSyntaxErrorException("bad sql", "42000");
        assertThat(analyzer.analyze(syntax, syntax)).isNull();
    }
}
