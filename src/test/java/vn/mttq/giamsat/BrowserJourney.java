package vn.mttq.giamsat;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium (Debian's package) against the portal on a random port, in production mode.
 * No browser is ever downloaded. Without Chromium the journeys are skipped loudly, except under
 * CI, where a missing browser is a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserJourney {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    protected static WebDriver driver;
    private static Path profile;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startChromium() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium or chromedriver not found at " + CHROMIUM + " / " + CHROMEDRIVER
                    + ": install Debian's chromium and chromium-driver (bash .ci/with-tools does it).";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            System.err.println("\n!!!!!!!! BROWSER JOURNEYS SKIPPED !!!!!!!!\n" + message + "\n");
            Assumptions.abort(message);
        }
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=vi-VN",
                "--user-data-dir=" + profile.toAbsolutePath());
        // the page's console, so a journey can fail on any error the person's browser would log
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // a page that has not loaded in a minute is retried once (see open) rather than hanging the build
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void freshSession() {
        driver.manage().deleteAllCookies();
        consoleErrors(); // a journey answers for its own pages only
    }

    /** Issue 22: a journey fails on any error the browser's console logged on the pages it visited. */
    @AfterEach
    void noConsoleErrors() {
        List<String> errors = consoleErrors().stream()
                // a refused request the journey made on purpose (a 401/403/404 answer) is logged by Chromium as a resource error
                .filter(e -> !e.matches("(?s).*Failed to load resource: the server responded with a status of (401|403|404|429).*"))
                .toList();
        assertThat(errors).as("errors in the browser's console").isEmpty();
    }

    /** When a journey fails, a picture of where it stood, in target/screenshots/failed-*.png. */
    @RegisterExtension
    final TestWatcher pictureOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            try {
                screenshot("failed-" + context.getRequiredTestMethod().getName());
            } catch (Exception ignored) {
                // the browser may be gone; the failure itself is reported anyway
            }
        }
    };

    protected void open(String path) {
        String url = "http://localhost:" + port + "/" + path;
        try {
            driver.get(url);
        } catch (TimeoutException slow) {
            // a rare stalled load of headless Chromium on a busy 2-core machine: one more try
            driver.get(url);
        }
    }

    /** Waits up to 40 s; an element Vaadin redrew while it was being looked at is simply looked up again. */
    protected WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Signs in through the real login form, the way a person types. */
    protected void signIn(String username, String password) {
        open("login");
        WebElement user = waiting().until(d -> d.findElement(By.cssSelector("input[name='username']")));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
        pass.clear();
        pass.sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
    }

    /** The errors the browser's console logged since the last call (each read once). */
    protected List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** All text on the page, including the text inside web components' shadow roots. */
    protected String visibleText() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const parts = [];
                const walk = (root) => {
                  root.querySelectorAll('*').forEach(el => {
                    if (el.shadowRoot) { parts.push(el.shadowRoot.textContent); walk(el.shadowRoot); }
                  });
                };
                parts.push(document.body.innerText);
                walk(document);
                return parts.join(' ');""");
    }

    /** A picture of the page for a reviewer, in target/screenshots/. */
    protected void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    protected void waitForText(String text) {
        waiting().withMessage(() -> "expected to see \"" + text + "\" but the page shows: " + visibleText())
                .until(d -> visibleText().contains(text));
    }
}
