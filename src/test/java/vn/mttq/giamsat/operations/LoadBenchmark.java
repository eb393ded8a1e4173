package vn.mttq.giamsat.operations;

import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.BenchmarkData;
import vn.mttq.giamsat.BenchmarkTable;
import vn.mttq.giamsat.VaadinWire;

/**
 * The load command (figures, not a test; docs/benchmarks.md):
 * {@code ./mvnw -B -Pbenchmark verify -Dbenchmark.test=LoadBenchmark [-Dload.users=500 -Dload.seconds=90 -Dload.think=1000-3000]}.
 * The portal runs with the benchmark's province-sized data; every simulated user is a browser of
 * its own (cookies, session) that signs in through the form, then, with some seconds of thought between
 * clicks, opens its home page, the people's cases searched by a word ({@code phan-anh?q=...}; the
 * view with its count, the grid's rows come by a later call of the client that is not replayed), a
 * supervision activity's page, and that activity's report as PDF, over and over. It speaks
 * Vaadin's own protocol: the portal is opened once ({@code ?v-r=init}, the UI is made), then each
 * click is the navigation event Vaadin's client sends ({@code ?v-r=uidl}), which makes the server
 * build the view and answer its render; each answer must show the expected text (the view, not
 * the sign-in page or an error); the PDF comes through the page's own download link. Times are
 * measured by the client on the same machine: the server's time and a little more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadBenchmark {

    /** The activity page's print links carry a class naming the document and format (print-report-pdf). */
    private static final Pattern PDF_CLASS = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"splice\",\"feat\":\\d+,\"index\":\\d+,"
            + "\"add\":\\[\"print-[a-z_]+-pdf\"\\]");
    private static final String[][] ACCOUNTS = {{"luongson", "HB-LS"}, {"dcpl", "HB"}, {"lanhdao", "HB"}};

    @LocalServerPort
    int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired org.springframework.boot.web.server.context.WebServerApplicationContext web;

    /** Milliseconds a person thinks between two clicks, at least and at most: -Dload.think=1000-3000. */
    private static final long[] THINK = Arrays.stream(System.getProperty("load.think", "1000-3000").split("-"))
            .mapToLong(Long::parseLong).toArray();

    /** Seconds over which the users arrive and sign in: -Dload.ramp=20. */
    private static final long RAMP_MILLIS = Long.getLong("load.ramp", 20) * 1000;

    /** Server times per step: all of them, and those of clicks started after every user has arrived. */
    private final Map<String, List<Long>> times = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> steady = new ConcurrentHashMap<>();
    private volatile long steadyFrom = Long.MAX_VALUE;
    private final AtomicInteger failures = new AtomicInteger();
    /** Characters of Vaadin's answers per step: Vaadin keeps the last one of each UI for a resend. */
    private final Map<String, java.util.concurrent.atomic.LongAdder> sizes = new ConcurrentHashMap<>();
    private final AtomicInteger completed = new AtomicInteger();
    private static final AtomicBoolean FIRST_FAILURE = new AtomicBoolean();

    @Test
    void concurrent_users_through_the_main_journeys() throws Exception {
        int users = Integer.getInteger("load.users", 500);
        int seconds = Integer.getInteger("load.seconds", 90);
        BenchmarkData.fillAllFeatures(jdbc);
        Map<String, Long> activityOf = new ConcurrentHashMap<>();
        for (String[] a : ACCOUNTS) {
            activityOf.put(a[0], jdbc.queryForObject("select max(s.id) from supervision_activity s join unit u on u.id = s.unit_id "
                    + "where u.code = ? and s.created_by = 'benchmark'", Long.class, a[1]));
        }
        Map<String, String> nameOf = new ConcurrentHashMap<>();
        for (String[] a : ACCOUNTS) {
            nameOf.put(a[0], jdbc.queryForObject("select full_name from account where username = ?", String.class, a[0]));
        }
        SlowStatements slow = SlowStatements.startIfAsked(jdbc, dataSource);
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        steadyFrom = start + Duration.ofMillis(RAMP_MILLIS).toNanos();
        CountDownLatch firstRound = new CountDownLatch(users);
        long heapWithSessions;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                String[] account = ACCOUNTS[i % ACCOUNTS.length];
                int user = i;
                pool.submit(() -> {
                    sleep(ThreadLocalRandom.current().nextLong(0, RAMP_MILLIS)); // people arrive over the ramp
                    Browser browser = new Browser(user);
                    boolean in = browser.signIn(account[0]);
                    boolean first = true;
                    while (in && System.nanoTime() < end) {
                        browser.round(nameOf.get(account[0]), activityOf.get(account[0]));
                        if (first) {
                            firstRound.countDown();
                            first = false;
                        }
                    }
                    if (first) {
                        firstRound.countDown();
                    }
                    if (in) {
                        browser.rest();
                    }
                    return null;
                });
            }
            firstRound.await();
            heapWithSessions = usedHeapAfterGc();
        } // waits for every user to finish
        // what the sessions themselves hold, each resting on its home page (their UIs, views, Vaadin's copy of the last answer), without
        // the connections' buffers that Tomcat keeps for open sockets: the heap before and after they end
        long heapAfterRun = usedHeapAfterGc();
        Map<String, long[]> histogramWithSessions = histogram();
        int ended = Math.max(1, endAllSessions());
        long heapWithoutSessions = usedHeapAfterGc();
        long released = printGrowth(histogram(), histogramWithSessions, ended);
        print(users, seconds, heapBefore, heapWithSessions);
        System.out.printf("heap the sessions held when they ended (%d sessions): %d KB per session by the live objects' histogram, "
                + "%d KB by the heap's use after GC (which also counts the collector's filler space)%n", ended, released / ended / 1024,
                (heapAfterRun - heapWithoutSessions) / ended / 1024);
        BenchmarkTable.add("retained heap per signed-in session with its UI: live objects released when the " + ended + " sessions end",
                released / ended / 1024 + " KB", "< 300 KB");
        sizes.forEach((step, chars) -> System.out.printf("answer size, %s: %d characters on average%n", step,
                chars.sum() / Math.max(1, times.getOrDefault(step, List.of()).size())));
        if (slow != null) {
            slow.print();
        }
    }

    private void print(int users, int seconds, long heapBefore, long heapWithSessions) {
        System.out.println();
        System.out.println("LOAD " + users + " simulated users for " + seconds + " s (" + THINK[0] + "-" + THINK[1] + " ms thought between clicks, "
                + "arriving over " + RAMP_MILLIS / 1000 + " s), " + Runtime.getRuntime().availableProcessors() + " cores");
        table(times, "all clicks");
        table(steady, "clicks after the last arrival (steady state)");
        long all = times.values().stream().mapToLong(List::size).sum();
        System.out.printf("throughput: %.1f requests/s; rounds completed: %d; failures: %d%n", all / (double) seconds, completed.get(),
                failures.get());
        // this also counts each user's open connection (Tomcat's buffers for it): the figure before 04/12
        System.out.printf("heap growth per signed-in user, session and open connection (after one round, after GC): %d KB%n",
                (heapWithSessions - heapBefore) / users / 1024);
        BenchmarkTable.add("heap growth per signed-in user with its session and open connection (" + users + " users, after one round, after GC)",
                (heapWithSessions - heapBefore) / users / 1024 + " KB", "-");
    }

    private static void table(Map<String, List<Long>> measured, String title) {
        System.out.println(title);
        System.out.printf("%-48s %8s %8s %8s %8s %8s%n", "step", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (String step : List.of("sign-in", "home", "cases searched", "activity page", "activity report PDF")) {
            List<Long> list = new ArrayList<>(measured.getOrDefault(step, List.of()));
            Collections.sort(list);
            System.out.printf("%-48s %8d %8.1f %8.1f %8.1f %8.1f%n", step, list.size(), pct(list, 50), pct(list, 95), pct(list, 99),
                    list.isEmpty() ? 0 : list.getLast() / 1e6);
        }
        List<Long> pages = new ArrayList<>();
        for (String step : List.of("home", "cases searched", "activity page", "activity report PDF")) {
            pages.addAll(measured.getOrDefault(step, List.of()));
        }
        Collections.sort(pages);
        System.out.printf("%-48s %8d %8.1f %8.1f %8.1f%n", "all pages and downloads", pages.size(), pct(pages, 50), pct(pages, 95), pct(pages, 99));
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    /** The JVM's class histogram (what jcmd GC.class_histogram prints): class name to {instances, bytes}. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new java.util.HashMap<>();
        for (String line : text.split("\n")) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length >= 4 && cols[0].endsWith(":")) {
                classes.put(cols[3], new long[] {Long.parseLong(cols[1]), Long.parseLong(cols[2])});
            }
        }
        return classes;
    }

    /** The classes whose live instances the sessions held most of, per session; returns the bytes of all (the collector's fillers aside). */
    private static long printGrowth(Map<String, long[]> before, Map<String, long[]> after, int users) {
        long total = after.entrySet().stream().filter(e -> !e.getKey().contains("jdk.internal.vm.Filler"))
                .mapToLong(e -> e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]).sum();
        System.out.println("heap per session by class (what ending the sessions released, the 30 largest):");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(30)
                .forEach(e -> System.out.printf("  %8.1f KB %8.1f objects  %s%n", e.getValue()[1] / 1024.0 / users,
                        e.getValue()[0] / (double) users, e.getKey()));
        return total;
    }

    /** Ends every HTTP session of the portal (as their time-out would), returning how many there were. */
    private int endAllSessions() {
        var tomcat = ((org.springframework.boot.tomcat.TomcatWebServer) web.getWebServer()).getTomcat();
        int ended = 0;
        for (var context : tomcat.getHost().findChildren()) {
            for (var session : ((org.apache.catalina.Context) context).getManager().findSessions()) {
                session.expire();
                ended++;
            }
        }
        return ended;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One person's browser: its own cookies, so its own session; each step timed and its answer checked. */
    private final class Browser {
        private final VaadinWire wire;

        Browser(int id) {
            wire = new VaadinWire(port, "load-" + id);
        }

        boolean signIn(String username) {
            try {
                long t = System.nanoTime();
                boolean ok = wire.signIn(username, "Demo@124");
                record("sign-in", t);
                if (!ok) {
                    failures.incrementAndGet();
                }
                return ok;
            } catch (Exception e) {
                failures.incrementAndGet();
                return false;
            }
        }

        void round(String fullName, long activity) {
            think();
            page("home", "", "", fullName);
            think();
            page("cases searched", "phan-anh", "q=" + URLEncoder.encode("đo hiệu năng", StandardCharsets.UTF_8), "đo hiệu năng");
            think();
            String activityPage = page("activity page", "giam-sat/" + activity, "", "Giám sát đo hiệu năng");
            String pdf = activityPage == null ? null : pdfLink(activityPage);
            if (pdf != null) {
                think();
                download(pdf);
            } else {
                failures.incrementAndGet();
            }
            completed.incrementAndGet();
        }

        /**
         * Back to the home page, not timed: where most people's portal sits between tasks, and the
         * heaviest of the pages the load visits, so the sessions are measured resting there.
         */
        void rest() {
            try {
                if (wire.isOpen()) {
                    wire.navigate("", "");
                }
            } catch (Exception e) {
                failures.incrementAndGet();
            }
        }

        /** The href of the first link classed print-...-pdf in a page's render. */
        private static String pdfLink(String render) {
            Matcher link = PDF_CLASS.matcher(render);
            if (!link.find()) {
                return null;
            }
            Matcher href = Pattern.compile("\\{\"node\":" + link.group(1) + ",\"type\":\"put\",\"key\":\"href\",\"feat\":\\d+,"
                    + "\"value\":\\{\"uri\":\"(VAADIN/dynamic/resource/[^\"]+)\"").matcher(render);
            return href.find() ? href.group(1) : null;
        }

        private void think() {
            sleep(ThreadLocalRandom.current().nextLong(THINK[0], THINK[1]));
        }

        /**
         * A click on a link of the portal: the server builds the view and answers its render.
         * {@code expected} must be in the answer (the view, not the sign-in page or an error).
         */
        private String page(String step, String route, String query, String expected) {
            try {
                if (!wire.isOpen() && !wire.open()) {
                    failures.incrementAndGet();
                    return null;
                }
                long t = System.nanoTime();
                HttpResponse<String> r = wire.navigate(route, query);
                record(step, t);
                sizes.computeIfAbsent(step, k -> new java.util.concurrent.atomic.LongAdder()).add(r.body().length());
                if (r.statusCode() != 200 || !r.body().contains(expected) || r.body().contains("Hệ thống đang gặp sự cố")) {
                    failures.incrementAndGet();
                    if (FIRST_FAILURE.compareAndSet(false, true)) {
                        System.out.println("LOAD first failing answer (" + step + "): " + r.statusCode() + " "
                                + r.body().substring(0, Math.min(600, r.body().length())));
                    }
                    wire.close(); // open the portal afresh next time
                    return null;
                }
                return r.body();
            } catch (Exception e) {
                failures.incrementAndGet();
                wire.close();
                return null;
            }
        }

        private void download(String link) {
            try {
                long t = System.nanoTime();
                HttpResponse<byte[]> r = wire.download(link);
                record("activity report PDF", t);
                if (r.statusCode() != 200 || r.body().length < 4 || r.body()[0] != '%' || r.body()[1] != 'P') {
                    failures.incrementAndGet();
                    if (FIRST_FAILURE.compareAndSet(false, true)) {
                        System.out.println("LOAD first failing download: " + r.statusCode() + " " + r.headers().firstValue("Content-Type")
                                + " " + new String(r.body(), 0, Math.min(200, r.body().length), StandardCharsets.UTF_8));
                    }
                }
            } catch (Exception e) {
                failures.incrementAndGet();
            }
        }

        private void record(String step, long started) {
            times.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - started);
            if (started >= steadyFrom) {
                steady.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - started);
            }
        }
    }
}
