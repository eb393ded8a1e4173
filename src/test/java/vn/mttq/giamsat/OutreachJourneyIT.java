package vn.mttq.giamsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.base.text.PortalFormats;

/**
 * Training in real Chromium: a district officer plans a conference for today, records it held
 * with its attendance, and the province's figures for the current reporting period (the figures page's
 * default: the shortest period holding today) count it in the district's row.
 */
class OutreachJourneyIT extends BrowserJourney {

    @Autowired JdbcTemplate jdbc;

    private WebElement field(String id, String inner) {
        WebElement host = waiting().until(d -> d.findElements(By.id(id)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", host);
        return waiting().until(d -> host.findElements(By.cssSelector(inner)).stream().findFirst().orElse(null));
    }

    @Test
    void a_district_holds_a_conference_and_the_provinces_figures_for_the_period_include_it() throws Exception {
        driver.manage().window().setSize(new Dimension(1366, 900));
        jdbc.update("update account set locked_until = null");
        jdbc.update("delete from login_failure");
        String title = "Hội nghị quán triệt Quy định 124, hành trình " + System.nanoTime();
        signIn("luongson", "Demo@124");
        waitForText("Bùi Văn Thắng");
        open("tap-huan");
        waitForText("Thêm hội nghị, tập huấn");
        screenshot("trainings-district");
        driver.findElement(By.id("training-add")).click();
        field("training-title", "input").sendKeys(title);
        String day = LocalDate.now(PortalFormats.VIETNAM)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        field("training-ends", "input").sendKeys(Keys.chord(Keys.CONTROL, "a"), day, Keys.ENTER);
        WebElement start = field("training-starts", "input");
        start.sendKeys(Keys.chord(Keys.CONTROL, "a"), LocalDate.now(PortalFormats.VIETNAM)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
        driver.findElement(By.id("training-create")).click();
        waitForText("Dự kiến");
        waiting().until(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)='Ghi kết quả']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        field("attendance-FRONT_CADRES", "input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "42");
        field("attendance-PEOPLE", "input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "158");
        waiting().until(d -> d.findElements(By.id("step-confirm")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        waitForText("Đã tổ chức");
        screenshot("training-held");
        assertThat(jdbc.queryForObject("select att_front_cadres + att_people from training_session where title = ?", Integer.class, title))
                .isEqualTo(200);

        driver.manage().deleteAllCookies();
        signIn("dcpl", "Demo@124");
        waitForText("Đỗ Khắc Huấn");
        open("tap-huan/so-lieu");
        waitForText("Người dự theo đối tượng");
        long expected = jdbc.queryForObject("""
                select sum(att_front_cadres + att_member_cadres + att_inspection + att_residential + att_party_members + att_people)
                from training_session s join unit u on u.id = s.unit_id
                where u.path like concat((select path from unit where code = 'HB-LS'), '%') and s.status in ('HELD', 'REPORTED')
                  and s.starts_on >= ? and s.starts_on <= ?""", Long.class,
                periodStart(), periodEnd());
        String shown = PortalFormats.number(expected);
        waiting().until(d -> d.findElements(By.xpath("//vaadin-grid[@id='figures-table']//vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals(shown)));
        screenshot("outreach-figures-province");
    }

    /** 15/12 of the year before to 14/6, then to 14/12 (the seeded schedule); from 15/12 the next half-year. */
    private LocalDate periodStart() {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        LocalDate mid = LocalDate.of(today.getYear(), 6, 14);
        LocalDate decFrom = LocalDate.of(today.getYear(), 12, 15);
        if (!today.isAfter(mid)) {
            return LocalDate.of(today.getYear() - 1, 12, 15);
        }
        return today.isBefore(decFrom) ? LocalDate.of(today.getYear() - 1, 12, 15) : decFrom;
    }

    private LocalDate periodEnd() {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        LocalDate mid = LocalDate.of(today.getYear(), 6, 14);
        if (!today.isAfter(mid)) {
            return mid;
        }
        return today.isBefore(LocalDate.of(today.getYear(), 12, 15)) ? LocalDate.of(today.getYear(), 12, 14)
                : LocalDate.of(today.getYear() + 1, 6, 14);
    }
}
