package vn.mttq.giamsat.base.infra;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "cannot connect to the external database" into one readable report instead of a wall
 * of stack traces. SQL state class 08 is "connection exception" in the SQL standard.
 */
public class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState();
        if (state == null || !state.startsWith("08")) {
            return null;
        }
        return new FailureAnalysis(
                "Không kết nối được cơ sở dữ liệu MariaDB (cannot reach the database): " + cause.getMessage(),
                "Kiểm tra SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD "
                        + "và máy chủ MariaDB; hoặc bỏ SPRING_DATASOURCE_URL để dùng CSDL nhúng.",
                null);
    }
}
