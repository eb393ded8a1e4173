package vn.mttq.giamsat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * Issue 25: a first visit over a slow mobile link, as Chromium's throttled "3G" profile has it
 * (1.6 Mbit/s, 300 ms): the sign-in page from an empty cache, then the home page after signing in,
 * each timed until a person can use it, with the bytes that crossed the link (the pages' own
 * resource timings) and the largest downloads.
 */
class SlowLinkBenchmark extends BrowserJourney {

    private static final String TRANSFERS = """
            return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
              .map(e => [e.name.replace(/^https?:\\/\\/[^/]+/, ''), e.transferSize || 0,
                Math.round(e.startTime), Math.round(e.responseEnd), e.entryType === 'navigation' ? 'navigation:' + e.type : e.initiatorType]);""";

    @Test
    void first_visit_over_a_3g_link() {
        ChromeDriver chromium = (ChromeDriver) driver;
        chromium.executeCdpCommand("Network.clearBrowserCache", Map.of());
        ChromiumNetworkConditions threeG = new ChromiumNetworkConditions();
        threeG.setLatency(Duration.ofMillis(300));
        threeG.setDownloadThroughput(200_000); // 1.6 Mbit/s in bytes per second
        threeG.setUploadThroughput(200_000);
        chromium.setNetworkConditions(threeG);
        try {
            long t0 = System.nanoTime();
            open("login");
            WebElement user = waiting().until(d -> d.findElement(By.cssSelector("input[name='username']")));
            waitForText("Đăng nhập");
            long signInPage = System.nanoTime() - t0;
            List<List<Object>> first = transfers();
            printTimeline("sign-in page", first);
            BenchmarkTable.add("first visit over 3G (1.6 Mbit/s, 300 ms), empty cache: the sign-in page usable",
                    BenchmarkTable.seconds(signInPage) + ", " + summary(first), "");

            user.sendKeys("lanhdao");
            driver.findElement(By.cssSelector("input[name='password']")).sendKeys("Demo@124");
            long t1 = System.nanoTime();
            driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
            waitForText("Ban Thường vụ Tỉnh ủy chỉ đạo kiểm điểm"); // the leader's first item on her home page
            long home = System.nanoTime() - t1;
            List<List<Object>> second = transfers();
            printTimeline("home page", second);
            BenchmarkTable.add("the same link: the home page usable after signing in (from the click)",
                    BenchmarkTable.seconds(home) + ", " + summary(second), "< 5 s");
            BenchmarkTable.add("the same link: from the empty cache to a usable home page (typing excluded)",
                    BenchmarkTable.seconds(signInPage + home), "");
        } finally {
            chromium.deleteNetworkConditions();
        }
    }

    @SuppressWarnings("unchecked")
    private List<List<Object>> transfers() {
        return (List<List<Object>>) ((JavascriptExecutor) driver).executeScript(TRANSFERS);
    }

    private static String summary(List<List<Object>> transfers) {
        long total = transfers.stream().mapToLong(t -> ((Number) t.get(1)).longValue()).sum();
        String largest = transfers.stream().sorted((a, b) -> Long.compare(((Number) b.get(1)).longValue(), ((Number) a.get(1)).longValue()))
                .limit(3).map(t -> String.valueOf(t.get(0)).replaceAll("&.*", "") + " " + ((Number) t.get(1)).longValue() / 1024 + " KB")
                .reduce((a, b) -> a + ", " + b).orElse("");
        return String.format("%,d KB in %d requests (largest: %s)", total / 1024, transfers.size(), largest);
    }

    /** Every request of a page with when it started and ended (ms from the page's start) and its bytes: where the seconds go. */
    private static void printTimeline(String page, List<List<Object>> transfers) {
        StringBuilder out = new StringBuilder("Requests of the " + page + " (start–end ms, bytes, initiator):\n");
        for (List<Object> t : transfers) {
            out.append(String.format("  %6s–%6s %8s %-12s %s%n", t.get(2), t.get(3), t.get(1), t.get(4),
                    String.valueOf(t.get(0)).replaceAll("&.*", "")));
        }
        System.out.print(out);
    }
}
