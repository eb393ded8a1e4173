package vn.mttq.giamsat.operations;

import java.net.URI;

/** Where the portal's database is, as the MariaDB client tools need it. */
public record DatabaseTarget(String host, int port, String user, String password, String database) {

    /** From a JDBC URL such as {@code jdbc:mariadb://db:3306/giamsat124?useBulkStmts=true}. */
    public static DatabaseTarget fromJdbcUrl(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:mariadb://") && !jdbcUrl.startsWith("jdbc:mysql://")) {
            throw new IllegalArgumentException("Not a MariaDB JDBC URL: " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isBlank()) {
            throw new IllegalArgumentException("The JDBC URL names no database: " + jdbcUrl);
        }
        return new DatabaseTarget(uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort(), user, password, path);
    }

    String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }
}
