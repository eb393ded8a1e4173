package vn.mttq.giamsat.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * One dated archive holding the whole portal: {@code database.sql} (a consistent dump of every
 * table, Quartz's and the audit log included), {@code attachments/...} (the attached files) and
 * {@code manifest.properties} (what was in it: rows per table, checksums of the audit log and the
 * files), against which a restore checks itself. The reporters' identity key is never in it.
 */
public final class BackupArchive {

    static final String DUMP = "database.sql";
    static final String FILES = "attachments/";
    static final String MANIFEST = "manifest.properties";
    private static final Pattern DEFINER = Pattern.compile("/\\*!50017 DEFINER=\\S*\\s*\\*/ ?");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final ClientTools tools;

    public BackupArchive() {
        this(ClientTools.find());
    }

    BackupArchive(ClientTools tools) {
        this.tools = tools;
    }

    /** Writes giamsat124-backup-{date}.zip into the folder; returns it. */
    public Path backup(DatabaseTarget db, Path attachments, Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path archive = folder.resolve("giamsat124-backup-" + LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(STAMP) + ".zip");
        Path partial = folder.resolve(archive.getFileName() + ".part");
        Fingerprint before = Fingerprint.of(db, attachments);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            zip.putNextEntry(new ZipEntry(DUMP));
            Process dump = tools.process(tools.dump(), db, "--single-transaction", "--quick", "--hex-blob", "--no-tablespaces",
                    "--triggers", "--skip-comments").start();
            CompletableFuture<String> errors = readAll(dump.getErrorStream());
            dump.getOutputStream().close();
            copyWithoutDefiners(dump.getInputStream(), zip);
            if (dump.waitFor() != 0) {
                throw new IOException("mariadb-dump failed: " + errors.join().strip());
            }
            zip.closeEntry();
            for (Path file : Fingerprint.files(attachments)) {
                zip.putNextEntry(new ZipEntry(FILES + attachments.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            before.toProperties().store(zip, "Giam sat 124 backup; keep the identity key (GIAMSAT_IDENTITY_KEYS) apart from it");
            zip.closeEntry();
        } catch (IOException | InterruptedException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        // only a complete archive ever carries the final name
        Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
        return archive;
    }

    /**
     * Restores an archive into an empty database and an empty attachments folder (anything else
     * is refused, nothing is overwritten), then compares what is there with the manifest; returns
     * the differences (none after a backup of a quiet portal).
     */
    public List<String> restore(Path archive, DatabaseTarget db, Path attachments) throws IOException, InterruptedException {
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            ZipEntry dumpEntry = zip.getEntry(DUMP);
            if (manifestEntry == null || dumpEntry == null) {
                throw new IOException(archive + " is not a complete portal backup (no " + MANIFEST + " or " + DUMP + ")");
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest.load(in);
            }
            Fingerprint.requireEmpty(db);
            if (!Fingerprint.files(attachments).isEmpty()) {
                throw new IOException("The attachments folder " + attachments + " is not empty: restore into an empty folder");
            }
            Process load = tools.process(tools.client(), db, "--binary-mode").start();
            CompletableFuture<String> errors = readAll(load.getErrorStream());
            CompletableFuture<String> output = readAll(load.getInputStream());
            try (InputStream sql = zip.getInputStream(dumpEntry); OutputStream in = load.getOutputStream()) {
                sql.transferTo(in);
            } catch (IOException brokenPipe) {
                // the client stopped reading: its own message says why
                load.waitFor();
                throw new IOException("mariadb could not load the dump: " + errors.join().strip() + output.join().strip(), brokenPipe);
            }
            if (load.waitFor() != 0) {
                throw new IOException("mariadb could not load the dump: " + errors.join().strip() + output.join().strip());
            }
            Path root = attachments.toAbsolutePath().normalize();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.isDirectory() || !entry.getName().startsWith(FILES)) {
                    continue;
                }
                Path target = root.resolve(entry.getName().substring(FILES.length())).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("An archive entry points outside the attachments folder: " + entry.getName());
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
            return Fingerprint.of(db, attachments).differencesFrom(manifest);
        }
    }

    /**
     * The dump as it comes, less the DEFINER of triggers: it names the account that created them
     * (on the embedded server an empty user name no other server accepts), and a restored trigger
     * belongs to the account that restores it.
     */
    private static void copyWithoutDefiners(InputStream dump, OutputStream out) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(dump, StandardCharsets.UTF_8), 1 << 16);
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.startsWith("/*!")) {
                line = DEFINER.matcher(line).replaceAll("");
            }
            writer.write(line);
            writer.write('\n');
        }
        writer.flush(); // not closed: the zip entry stays open
    }

    private static CompletableFuture<String> readAll(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
