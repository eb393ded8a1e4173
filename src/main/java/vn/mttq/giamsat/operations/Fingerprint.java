package vn.mttq.giamsat.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a backup must bring back: the rows of every table, a checksum over the whole audit log
 * (every column of every row, in id order) and one over the attached files (names and contents).
 */
record Fingerprint(Map<String, Long> rows, String auditChecksum, int fileCount, String filesChecksum) {

    static Fingerprint of(DatabaseTarget db, Path attachments) throws IOException {
        try (Connection c = connect(db)) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement s = c.createStatement()) {
                s.execute("start transaction with consistent snapshot");
                Map<String, Long> rows = new TreeMap<>();
                for (String table : tables(c, db.database())) {
                    try (ResultSet rs = s.executeQuery("select count(*) from `" + table + "`")) {
                        rs.next();
                        rows.put(table, rs.getLong(1));
                    }
                }
                String audit = rows.containsKey("audit_log") ? auditChecksum(s) : "";
                c.commit();
                List<Path> files = files(attachments);
                return new Fingerprint(rows, audit, files.size(), filesChecksum(attachments, files));
            }
        } catch (SQLException e) {
            throw new IOException("Cannot read the database " + db.database() + " at " + db.host() + ":" + db.port() + ": " + e.getMessage(), e);
        }
    }

    static void requireEmpty(DatabaseTarget db) throws IOException {
        try (Connection c = connect(db)) {
            List<String> tables = tables(c, db.database());
            if (!tables.isEmpty()) {
                throw new IOException("The database " + db.database() + " already has " + tables.size()
                        + " tables: a backup is restored into an empty database only");
            }
        } catch (SQLException e) {
            throw new IOException("Cannot reach the database " + db.database() + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(DatabaseTarget db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    private static List<String> tables(Connection c, String database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var ps = c.prepareStatement("select table_name from information_schema.tables where table_schema = ? "
                + "and table_type = 'BASE TABLE' order by table_name")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    private static String auditChecksum(Statement s) throws SQLException {
        MessageDigest sha = sha256();
        try (ResultSet rs = s.executeQuery("select * from audit_log order by id")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    String value = rs.getString(i);
                    sha.update((value == null ? "\u0000" : value).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0x1f);
                }
                sha.update((byte) 0x1e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String filesChecksum(Path folder, List<Path> files) throws IOException {
        MessageDigest sha = sha256();
        for (Path file : files) {
            sha.update(folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Properties toProperties() {
        Properties p = new Properties();
        rows.forEach((table, count) -> p.setProperty("rows." + table, String.valueOf(count)));
        p.setProperty("audit.sha256", auditChecksum);
        p.setProperty("attachments.count", String.valueOf(fileCount));
        p.setProperty("attachments.sha256", filesChecksum);
        return p;
    }

    /** What differs from a manifest, one line each (empty: everything came back). */
    List<String> differencesFrom(Properties manifest) {
        List<String> differences = new ArrayList<>();
        Map<String, Long> expected = new TreeMap<>();
        manifest.stringPropertyNames().stream().filter(k -> k.startsWith("rows."))
                .forEach(k -> expected.put(k.substring(5), Long.parseLong(manifest.getProperty(k))));
        expected.forEach((table, count) -> {
            Long actual = rows.get(table);
            if (!count.equals(actual)) {
                differences.add("table " + table + ": " + count + " rows in the backup, " + (actual == null ? "missing" : actual) + " restored");
            }
        });
        rows.keySet().stream().filter(t -> !expected.containsKey(t)).forEach(t -> differences.add("table " + t + " is not in the backup"));
        if (!auditChecksum.equals(manifest.getProperty("audit.sha256", ""))) {
            differences.add("the audit log differs from the backup's");
        }
        if (!filesChecksum.equals(manifest.getProperty("attachments.sha256", ""))
                || fileCount != Integer.parseInt(manifest.getProperty("attachments.count", "-1"))) {
            differences.add("the attached files differ from the backup's");
        }
        return differences;
    }
}
