package vn.mttq.giamsat.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.BrowserJourney;

/**
 * In Chromium, with the second factor required for administrators (as with an external
 * database): the administrator's first sign-in enrols (QR code, first code, recovery codes), no
 * page opens before the code, a recovery code works once, a later code from the app works; a
 * district officer signs in with the password alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.security.second-factor.required-roles=ADMIN")
class SecondFactorJourneyIT extends BrowserJourney {

    @Autowired JdbcTemplate jdbc;
    @Autowired FactorSecrets secrets;
    private final Totp totp = new Totp();

    @AfterAll
    static void forget(@Autowired JdbcTemplate jdbc) {
        jdbc.update("delete from recovery_code");
        jdbc.update("delete from second_factor");
    }

    private void enter(String code) {
        WebElement field = waiting().until(d -> d.findElement(By.cssSelector("#second-factor-code input")));
        field.clear();
        field.sendKeys(code);
        driver.findElement(By.id("second-factor-confirm")).click();
    }

    @Test
    void an_administrator_enrols_then_signs_in_with_a_recovery_code_once_and_with_the_app() throws Exception {
        signIn("admin", "Demo@124");
        waitForText("quét mã QR");
        assertThat(driver.getCurrentUrl()).endsWith("/xac-thuc");
        WebElement qr = driver.findElement(By.id("second-factor-qr"));
        assertThat(qr.getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        screenshot("second-factor-enrol");

        open("admin/tai-khoan");
        waitForText("quét mã QR");
        assertThat(driver.getCurrentUrl()).as("no page before the code").endsWith("/xac-thuc");

        String stored = jdbc.queryForObject("select secret from second_factor f join account a on a.id = f.account_id where a.username = 'admin'",
                String.class);
        String secret = secrets.secretOf(stored);
        assertThat(stored).as("kept sealed, not in clear").contains(":").doesNotContain(secret);
        assertThat(visibleText().replace(" ", "")).contains(secret);
        enter("000000");
        waitForText("Còn 4 lần thử");
        enter(totp.codeAt(secret, Instant.now()));
        waitForText("10 mã dự phòng");
        List<String> codes = driver.findElements(By.cssSelector("#recovery-codes div")).stream().map(WebElement::getText).toList();
        assertThat(codes).hasSize(10);
        screenshot("second-factor-recovery-codes");
        driver.findElement(By.id("recovery-codes-saved")).click();
        waitForText("Quản trị hệ thống");
        assertThat(driver.getCurrentUrl()).doesNotContain("xac-thuc");

        driver.manage().deleteAllCookies();
        signIn("admin", "Demo@124");
        waitForText("nhập mã xác thực");
        screenshot("second-factor-code");
        enter(codes.get(0));
        waitForText("Quản trị hệ thống");

        driver.manage().deleteAllCookies();
        signIn("admin", "Demo@124");
        waitForText("nhập mã xác thực");
        enter(codes.get(0));
        waitForText("Còn 4 lần thử");
        enter(totp.codeAt(secret, Instant.now().plus(Totp.STEP))); // a step after the enrolment's: never used before
        waitForText("Quản trị hệ thống");
        // the code page sends the browser on by itself: let that navigation land before opening another page
        waiting().until(d -> !d.getCurrentUrl().contains("xac-thuc"));
        waitForText("Xin chào");
        String openSessions = "select count(*) from account_session s join account a on a.id = s.account_id "
                + "where a.username = 'admin' and s.ended_at is null";
        waiting().until(d -> jdbc.queryForObject(openSessions, Integer.class) == 3); // each of the three sign-ins is an open session
        open("tai-khoan/bao-mat");
        waiting().until(d -> d.getCurrentUrl().endsWith("/tai-khoan/bao-mat"));
        waitForText("Còn 9 mã dự phòng chưa dùng");
        waitForText("Phiên này");
        screenshot("account-security");
    }

    @Test
    void a_district_officer_signs_in_with_the_password_alone() {
        signIn("luongson", "Demo@124");
        waitForText("Bùi Văn Thắng");
        assertThat(driver.getCurrentUrl()).doesNotContain("xac-thuc");
    }
}
