package vn.mttq.giamsat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The bell as each person meets it (issue 22): it counts what is unread, opens its list, a
 * notification leads to its record and is read from then on, and the browser logs no error.
 */
class BellJourneyIT extends BrowserJourney {

    private WebElement openBell() throws InterruptedException {
        WebElement bell = waiting().until(d -> d.findElement(By.cssSelector(".notification-bell vaadin-button")));
        Thread.sleep(300);
        bell.click();
        waiting().until(d -> !d.findElements(By.cssSelector("vaadin-dialog.notification-list[opened]")).isEmpty());
        return bell;
    }

    @Test
    void the_bell_opens_its_list_for_every_role_without_a_console_error() throws Exception {
        for (String who : new String[] {"hoinongdan", "luongson", "lanhdao", "dcpl", "admin"}) {
            driver.manage().deleteAllCookies();
            signIn(who, "Demo@124");
            waiting().until(d -> d.findElements(By.cssSelector(".notification-bell vaadin-button")).size() == 1);
            consoleErrors(); // what the sign-in page logged is the sign-in page's
            open("");
            openBell();
            Thread.sleep(500);
            screenshot("bell-" + who);
            assertThat(visibleText()).as(who).contains("Thông báo", "Nhận thư điện tử");
            assertThat(consoleErrors()).as("console errors for " + who).isEmpty();
        }
    }

    @Test
    void a_plan_waiting_for_a_member_organisation_is_counted_and_its_notification_opens_the_plan() throws Exception {
        signIn("hoinongdan", "Demo@124");
        String count = waiting().until(d -> {
            String text = d.findElement(By.cssSelector(".notification-bell .unread-count")).getText();
            return text.isBlank() ? null : text;
        });
        assertThat(Integer.parseInt(count)).isPositive();
        openBell();
        WebElement notice = waiting().until(d -> d.findElement(By.cssSelector(".notification-list .notification-unread a")));
        assertThat(notice.getText()).contains("Kế hoạch");
        notice.click();
        waiting().until(d -> d.getCurrentUrl().matches(".*/ke-hoach/\\d+$"));
        waiting().until(d -> {
            String text = d.findElement(By.cssSelector(".notification-bell .unread-count")).getText();
            return text.isBlank() || Integer.parseInt(text) < Integer.parseInt(count);
        });
        assertThat(consoleErrors()).isEmpty();
    }
}
