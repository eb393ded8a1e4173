package vn.mttq.giamsat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The figures of one benchmark run ({@code ./mvnw -Pbenchmark verify}), whatever class measured
 * them, in one table beside their targets: {@code target/benchmark-table.md}, begun afresh by the
 * first figure of the run and printed as each figure is added.
 */
public final class BenchmarkTable {

    private static final Path FILE = Path.of("target", "benchmark-table.md");
    private static boolean begun;

    private BenchmarkTable() {
    }

    public static synchronized void add(String figure, String value, String target) {
        String row = "| " + figure + " | " + value + " | " + target + " |\n";
        try {
            if (!begun) {
                Files.createDirectories(FILE.getParent());
                Files.writeString(FILE, "| figure | value | target |\n|---|---|---|\n");
                begun = true;
            }
            Files.writeString(FILE, row, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print("BENCHMARK " + row);
    }

    /** A duration as the table shows it, e.g. "6.5 s". */
    public static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }
}
