package vn.mttq.giamsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.notifications.NotificationService;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/** The journeys a provincial leader, a member organisation and a mistyping user take. */
class PortalJourneysIT extends BrowserJourney {

    @Test
    void provincial_leader_signs_in_and_sees_the_dashboard_chart_drawn() {
        signIn("lanhdao", "Demo@124");
        waitForText("Nguyễn Thị Hồng Vân");
        open("thong-ke");
        WebElement chart = waiting().until(d -> d.findElement(By.cssSelector("mttq-echart[data-rendered]")));
        assertThat(Integer.parseInt(chart.getAttribute("data-rendered"))).isEqualTo(13);
        // ECharts draws on a canvas inside the element; a drawn chart has a sized canvas
        WebElement canvas = chart.findElement(By.tagName("canvas"));
        assertThat(canvas.getSize().getWidth()).isGreaterThan(300);
        waitForText("Nguyễn Thị Hồng Vân");
        waitForText("Ủy ban MTTQ Việt Nam tỉnh Hòa Bình");
    }

    @Test
    void chart_tooltips_show_database_text_as_text_never_as_html() {
        signIn("lanhdao", "Demo@124");
        waitForText("Nguyễn Thị Hồng Vân");
        open("thong-ke");
        waiting().until(d -> d.findElement(By.cssSelector("mttq-echart[data-rendered]")));
        Object injected = ((JavascriptExecutor) driver).executeScript("""
                const chart = document.querySelector('mttq-echart');
                const model = chart.model;
                chart.model = { ...model, categories: ['<img src=x onerror="window.pwned=1">', ...model.categories.slice(1)] };
                chart.showTip(0);
                return new Promise(r => setTimeout(() => r({
                  pwned: window.pwned === 1,
                  images: chart.querySelectorAll('img').length,
                  tooltip: [...chart.querySelectorAll('div')].map(d => d.textContent).join(' ')
                }), 500));""");
        @SuppressWarnings("unchecked")
        var result = (Map<String, Object>) injected;
        assertThat(result.get("pwned")).isEqualTo(false);
        assertThat(((Number) result.get("images")).intValue()).isZero();
        assertThat((String) result.get("tooltip")).contains("<img src=x");
    }

    @Test
    void a_mistyped_address_shows_a_vietnamese_page_inside_the_portal() {
        open("han-xu-ly/khong-co");
        waiting().until(d -> d.findElement(By.cssSelector("input[name='username']"))); // signed out: the sign-in page first
        signIn("luongson", "Demo@124");
        waitForText("Bùi Văn Thắng");
        open("han-xu-ly/khong-co");
        waitForText("Không tìm thấy trang");
        waitForText("Bùi Văn Thắng"); // still inside the portal's layout, with the person's header
        assertThat(visibleText()).doesNotContain("Could not navigate", "Exception");
    }

    @Test
    void member_organisation_does_not_see_administration_and_is_refused_its_url() {
        signIn("hoinongdan", "Demo@124");
        waitForText("Đinh Thị Lụa");
        List<String> menu = driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream().map(WebElement::getText).toList();
        assertThat(menu).contains("Việc của tôi").doesNotContain("Tài khoản", "Đơn vị", "Nhật ký hệ thống");
        open("admin/tai-khoan");
        waitForText("Không có quyền truy cập");
        assertThat(driver.findElements(By.cssSelector("vaadin-grid"))).isEmpty();
    }

    @Test
    void wrong_password_shows_a_vietnamese_error_and_the_sixth_wrong_try_locks_the_account() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("dcpl", "sai-mat-khau-" + attempt);
            waitForText("Sai tên đăng nhập hoặc mật khẩu");
        }
        signIn("dcpl", "sai-mat-khau-6");
        waitForText("Tài khoản đang bị khóa");
        signIn("dcpl", "Demo@124");
        waitForText("Tài khoản đang bị khóa");
        assertThat(driver.getCurrentUrl()).contains("/login");
    }

    @Autowired NotificationService notifications;
    @Autowired RecipientDirectory recipients;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_new_notification_reaches_the_open_bell_without_reloading_the_page() {
        signIn("luongson", "Demo@124");
        waitForText("Bùi Văn Thắng");
        By unread = By.cssSelector(".notification-bell .unread-count");
        String before = waiting().until(d -> d.findElement(unread)).getText();
        long account = jdbc.queryForObject("select id from account where username = 'luongson'", Long.class);
        notifications.notify(recipients.account(account).orElseThrow(), "Thông báo thử trên chuông",
                "Kiểm tra cập nhật không cần tải lại trang", null);
        String expected = String.valueOf((before.isEmpty() ? 0 : Integer.parseInt(before)) + 1);
        // the bell's own poll runs every five minutes: seeing the change within seconds means push
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .withMessage(() -> "the bell still shows \"" + driver.findElement(unread).getText() + "\"")
                .until(d -> d.findElement(unread).getText().equals(expected));
    }
}
