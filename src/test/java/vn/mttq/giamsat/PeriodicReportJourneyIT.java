package vn.mttq.giamsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The half-year report in real Chromium: Lương Sơn submits its draft, the province returns it with
 * a comment, Lương Sơn submits it again, the province accepts it, then consolidates the period
 * (Lạc Sơn marked missing), issues the consolidated report and downloads its PDF and XLSX.
 */
class PeriodicReportJourneyIT extends BrowserJourney {

    @Autowired JdbcTemplate jdbc;

    private WebElement shown(By by) {
        return waiting().until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private void click(By by) {
        WebElement e = shown(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    /** A field further down a tab: present first, then scrolled into view (a clipped element is not "displayed"). */
    private WebElement scrolledTo(By by) {
        WebElement e = waiting().until(d -> d.findElements(by).stream().findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        return e;
    }

    private void confirm() {
        click(By.xpath("//vaadin-button[@slot='confirm-button']"));
    }

    private void as(String username, String fullName) {
        driver.manage().deleteAllCookies();
        jdbc.update("update account set locked_until = null where username = ?", username);
        jdbc.update("delete from login_failure where username = ?", username);
        signIn(username, "Demo@124");
        waitForText(fullName);
    }

    /** Fetches a download link's file in the page, as the browser would save it: its first bytes and its size. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> download(String cssClass) {
        WebElement link = shown(By.cssSelector("a." + cssClass));
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(r => r.arrayBuffer()).then(b => {
                  const bytes = new Uint8Array(b);
                  done({ head: String.fromCharCode(...bytes.slice(0, 4)), size: bytes.length });
                }).catch(e => done({ head: 'error ' + e, size: 0 }));""", link);
    }

    @Test
    void a_district_submits_the_province_returns_it_the_district_resubmits_and_the_province_consolidates() throws Exception {
        driver.manage().window().setSize(new Dimension(1366, 900));
        as("luongson", "Bùi Văn Thắng");
        open("bao-cao-dinh-ky");
        waitForText("Báo cáo của Ủy ban MTTQ huyện Lương Sơn");
        click(By.id("report-open"));
        waiting().until(d -> d.getCurrentUrl().matches(".*/bao-cao-dinh-ky/\\d+"));
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
        waitForText("Số tính từ dữ liệu");
        screenshot("periodic-report-draft");
        click(By.xpath("//vaadin-tab[normalize-space(.)='Nội dung']"));
        scrolledTo(By.cssSelector("#report-section-results textarea")).sendKeys(" Huyện đã tổ chức đối thoại ở 4 xã.");
        click(By.id("report-submit"));
        confirm();
        waitForText("Đã nộp, chờ xem xét");
        assertThat(jdbc.queryForObject("select status from periodic_report where id = ?", String.class, id)).isEqualTo("SUBMITTED");

        as("dcpl", "Đỗ Khắc Huấn");
        open("bao-cao-dinh-ky");
        click(By.xpath("//vaadin-grid[contains(@class,'report-standings')]//vaadin-grid-cell-content[normalize-space(.)='Lương Sơn']"));
        waiting().until(d -> d.getCurrentUrl().endsWith("/bao-cao-dinh-ky/" + id));
        click(By.id("report-return"));
        shown(By.cssSelector("#report-return-comment textarea")).sendKeys("Đề nghị bổ sung nguyên nhân kiến nghị chưa được trả lời.");
        click(By.id("report-return-ok"));
        waitForText("Bị trả lại");

        as("luongson", "Bùi Văn Thắng");
        open("bao-cao-dinh-ky/" + id);
        waitForText("Đề nghị bổ sung nguyên nhân kiến nghị chưa được trả lời.");
        screenshot("periodic-report-returned");
        click(By.xpath("//vaadin-tab[normalize-space(.)='Nội dung']"));
        scrolledTo(By.cssSelector("#report-section-limitations textarea")).sendKeys(" Hai kiến nghị chưa trả lời do cơ quan cần xác minh thêm.");
        click(By.id("report-submit"));
        confirm();
        waitForText("Đã nộp, chờ xem xét");

        as("dcpl", "Đỗ Khắc Huấn");
        open("bao-cao-dinh-ky/" + id);
        click(By.id("report-accept"));
        waitForText("Đã chấp nhận");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where target_type = 'periodic-report' and target_id = ? "
                + "and action = 'PERIODIC_REPORT_RESUBMITTED'", Integer.class, String.valueOf(id))).isEqualTo(1);
        open("bao-cao-dinh-ky");
        click(By.id("report-consolidation"));
        waiting().until(d -> d.getCurrentUrl().matches(".*/bao-cao-dinh-ky/\\d+") && !d.getCurrentUrl().endsWith("/" + id));
        waitForText("Lạc Sơn (chưa nộp)");
        waitForText("Tổng cộng");
        screenshot("periodic-report-consolidation");
        click(By.id("report-submit"));
        confirm();
        waitForText("Đã ban hành");
        waitForText("/BC-MTTQ");
        Map<String, Object> pdf = download("report-download-pdf");
        assertThat(pdf.get("head")).isEqualTo("%PDF");
        assertThat(((Number) pdf.get("size")).intValue()).isGreaterThan(5000);
        Map<String, Object> xlsx = download("report-download-xlsx");
        assertThat((String) xlsx.get("head")).startsWith("PK");
        screenshot("periodic-report-issued");
    }
}
