package vn.mttq.giamsat.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.mttq.giamsat.base.infra.EmbeddedMariaDb;

/**
 * {@code java -jar portal.jar backup [folder]} and {@code java -jar portal.jar restore <archive>},
 * run without starting the portal. The database is the one the portal would use: the
 * external one of SPRING_DATASOURCE_URL (with its user and password), else the embedded one in
 * GIAMSAT_DATA_DIR, reached while the portal runs on it, or started for the command when the
 * portal is stopped (a restore always runs into a new, empty folder, with the portal stopped).
 * Attached files come from and go to GIAMSAT_ATTACHMENTS_DIR.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    public static int run(String[] args) {
        // no Spring here to apply the portal's log levels: the embedded server's chatter stays out of the answer
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        String home = System.getProperty("user.home");
        Path dataDir = Path.of(setting("GIAMSAT_DATA_DIR", home + "/.giamsat124/mariadb"));
        Path attachments = Path.of(setting("GIAMSAT_ATTACHMENTS_DIR", home + "/.giamsat124/attachments"));
        String url = setting("SPRING_DATASOURCE_URL", "");
        EmbeddedMariaDb started = null;
        try {
            DatabaseTarget db;
            if (!url.isBlank()) {
                db = DatabaseTarget.fromJdbcUrl(url, setting("SPRING_DATASOURCE_USERNAME", "root"), setting("SPRING_DATASOURCE_PASSWORD", ""));
            } else {
                String running = EmbeddedMariaDb.runningUrl(dataDir).orElse(null);
                if (running == null) {
                    Files.createDirectories(dataDir);
                    started = EmbeddedMariaDb.start(dataDir.toString(), "giamsat124", "256M");
                    running = started.jdbcUrl();
                }
                db = DatabaseTarget.fromJdbcUrl(running, EmbeddedMariaDb.USER, EmbeddedMariaDb.password(dataDir));
            }
            BackupArchive archive = new BackupArchive();
            if (args[0].equals("backup")) {
                Path folder = Path.of(args.length > 1 ? args[1] : "backups");
                Path written = archive.backup(db, attachments, folder);
                System.out.println("Đã sao lưu / Backup written: " + written.toAbsolutePath());
                System.out.println("Giữ khóa mã hóa danh tính (GIAMSAT_IDENTITY_KEYS) ở nơi khác, không cùng bản sao lưu.");
                return 0;
            }
            if (args.length < 2) {
                System.err.println("restore: name the archive, e.g. restore backups/giamsat124-backup-2026-11-30-080000.zip");
                return 2;
            }
            List<String> differences = archive.restore(Path.of(args[1]), db, attachments);
            if (differences.isEmpty()) {
                System.out.println("Đã khôi phục, khớp với bản sao lưu / Restored; rows, audit log and files match the backup.");
                return 0;
            }
            System.out.println("Đã khôi phục, có khác biệt / Restored with differences:");
            differences.forEach(d -> System.out.println("  " + d));
            return 1;
        } catch (Exception e) {
            System.err.println((args[0].equals("backup") ? "Sao lưu thất bại / Backup failed: " : "Khôi phục thất bại / Restore failed: ")
                    + e.getMessage());
            return 1;
        } finally {
            if (started != null) {
                started.close();
            }
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
