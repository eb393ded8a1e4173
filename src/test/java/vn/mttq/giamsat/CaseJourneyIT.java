package vn.mttq.giamsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.feedback.PublicSubmissions;

/**
 * A people's case in real Chromium: a district officer records an anonymous denunciation, assigns
 * it to himself, forwards it, records the body's receipt and its answer, tells the reporter and
 * closes it; the reporter's code then shows "closed" on the public lookup, signed out.
 */
class CaseJourneyIT extends BrowserJourney {

    @Autowired JdbcTemplate jdbc;
    @Autowired ConfigurableApplicationContext context;

    /** The questions drawn for pages: the journey plays a person who reads the picture. */
    private final BlockingDeque<String> questions = new LinkedBlockingDeque<>();

    private final ApplicationListener<ApplicationEvent> watcher = e -> {
        if (e instanceof PayloadApplicationEvent<?> p
                && p.getPayload() instanceof PublicSubmissions.ChallengeShown shown) {
            questions.add(shown.question());
        }
    };

    @BeforeEach
    void watchQuestions() {
        context.addApplicationListener(watcher);
    }

    @AfterEach
    void stopWatching() {
        context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
                ApplicationEventMulticaster.class).removeApplicationListener(watcher);
    }

    private WebElement button(String text) {
        return waiting().until(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private WebElement field(String id, String inner) {
        WebElement host = waiting().until(d -> d.findElements(By.id(id)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", host);
        return waiting().until(d -> host.findElements(By.cssSelector(inner)).stream().findFirst().orElse(null));
    }

    private void step(String action, Runnable fill) {
        waiting().until(d -> d.findElements(By.id("step-confirm")).stream().noneMatch(WebElement::isDisplayed));
        button(action).click();
        fill.run();
        // the dialog just opened: its confirm button (a closing dialog's may still be in the page)
        waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement confirm = d.findElements(By.id("step-confirm")).stream().filter(WebElement::isDisplayed)
                    .reduce((first, last) -> last).orElse(null);
            if (confirm == null) {
                return false;
            }
            confirm.click();
            return true;
        });
    }

    private void choose(String comboId, String text) {
        WebElement input = field(comboId, "input");
        input.sendKeys(text);
        waiting().until(d -> d.findElements(By.xpath("//*[self::vaadin-combo-box-item or self::vaadin-multi-select-combo-box-item][contains(., '" + text + "')]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        if (comboId.equals("case-classes")) {
            input.sendKeys(Keys.ESCAPE); // a multi-select stays open after a choice; a plain combo box closes by itself
        }
    }

    @Test
    void an_anonymous_denunciation_is_followed_to_closure_and_the_public_lookup_says_so() throws Exception {
        driver.manage().window().setSize(new Dimension(1366, 900));
        jdbc.update("update account set locked_until = null where username = 'luongson'");
        jdbc.update("delete from login_failure where username = 'luongson'");
        String content = "Cán bộ địa chính nhận tiền để làm nhanh hồ sơ, hành trình " + System.nanoTime();

        signIn("luongson", "Demo@124");
        waitForText("Bùi Văn Thắng");
        open("phan-anh");
        button("Ghi nhận vụ việc").click();
        field("case-subject-name", "input").sendKeys("Cán bộ địa chính xã Liên Sơn");
        field("case-content", "textarea").sendKeys(content);
        waiting().until(d -> d.findElement(By.id("case-save"))).click();
        waitForText("Người phản ánh: Ẩn danh");
        String code = driver.findElement(By.cssSelector("h2.page-title")).getText().replaceAll(".* ", "");
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");

        step("Phân loại", () -> choose("case-classes", "Tham nhũng"));
        waitForText("Đã phân loại");
        step("Giao xử lý", () -> choose("case-handler", "Bùi Văn Thắng"));
        waitForText("người xử lý: Bùi Văn Thắng");
        step("Chuyển cơ quan có thẩm quyền", () -> field("case-body", "input").sendKeys("Ủy ban Kiểm tra Huyện ủy Lương Sơn"));
        waitForText("Đã chuyển cơ quan có thẩm quyền");
        step("Ghi ngày cơ quan nhận", () -> { });
        waitForText("Còn 20 ngày làm việc");
        screenshot("case-awaiting");
        step("Ghi trả lời", () -> field("case-answer", "textarea").sendKeys("Đã xác minh, yêu cầu cán bộ kiểm điểm."));
        waitForText("Đã có trả lời");
        step("Đã thông báo người phản ánh", () -> field("case-told-how", "input").sendKeys("Qua trang tra cứu"));
        waitForText("Đã thông báo người phản ánh");
        step("Kết thúc vụ việc", () -> { });
        waitForText("Đã kết thúc");
        screenshot("case-closed");

        // the reporter, signed out, follows the case by its code
        driver.manage().deleteAllCookies();
        open("tra-cuu");
        field("lookup-code", "input").sendKeys(code.toLowerCase(), Keys.ENTER);
        waitForText("Vụ việc " + code);
        waitForText("Đã kết thúc");
        waitForText("Đã xác minh, yêu cầu cán bộ kiểm điểm.");
        assertThat(visibleText()).doesNotContain("Bùi Văn Thắng", "Liên Sơn", content);
        screenshot("case-public-lookup");
    }

    /** What a person answers to "Bảy cộng năm bằng mấy?". */
    private static String answerTo(String question) {
        List<String> words = List.of("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười");
        String[] parts = question.toLowerCase().replace(" bằng mấy?", "").split(" cộng ");
        return String.valueOf(words.indexOf(parts[0]) + words.indexOf(parts[1]));
    }

    @Test
    void a_person_sends_a_report_on_the_public_page_and_follows_it_by_its_code() throws Exception {
        driver.manage().window().setSize(new Dimension(1366, 900));
        jdbc.update("delete from public_submission");
        String content = "Trưởng thôn thu tiền làm đường nhưng không công khai, hành trình " + System.nanoTime();
        open("gui-y-kien");
        waitForText("Gửi ý kiến, phản ánh đến Mặt trận");
        field("submit-content", "textarea").sendKeys(content);
        assertThat(driver.findElement(By.cssSelector(".challenge-question")).getAttribute("src")).startsWith("data:image/png");
        String question = questions.getLast();
        screenshot("public-submit-form");
        Thread.sleep(3100); // the page refuses answers given faster than a person types
        field("submit-answer", "input").sendKeys(answerTo(question));
        button("Gửi ý kiến").click();
        waitForText("Mặt trận đã tiếp nhận ý kiến của bạn");
        String code = driver.findElement(By.id("submit-code")).getText();
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        screenshot("public-submitted");
        assertThat(jdbc.queryForObject("select status from feedback_case where receipt_code = ?", String.class, code)).isEqualTo("RECEIVED");

        open("tra-cuu");
        field("lookup-code", "input").sendKeys(code, Keys.ENTER);
        waitForText("Vụ việc " + code);
        waitForText("Mới tiếp nhận");
        assertThat(visibleText()).doesNotContain(content);
    }

    /** Pages a reviewer looks at, written to target/screenshots/ (the checks are the other tests'). */
    @Test
    void the_pages_around_cases_as_each_role_sees_them() throws Exception {
        driver.manage().window().setSize(new Dimension(1366, 900));
        jdbc.update("update account set locked_until = null");
        jdbc.update("delete from login_failure");
        long overdue = jdbc.queryForObject("select min(id) from feedback_case where subject_name = 'Lê Văn Tâm' and created_by = 'demo'",
                Long.class);
        long activity = jdbc.queryForObject("select supervision_activity_id from feedback_case where id = ?", Long.class, overdue);
        signIn("luongson", "Demo@124");
        waitForText("Bùi Văn Thắng");
        open("phan-anh/" + overdue);
        waitForText("Hoạt động giám sát");
        screenshot("case-linked-to-supervision");
        open("giam-sat/" + activity);
        waitForText("Phản ánh liên quan (1)");
        driver.findElement(By.xpath("//vaadin-tab[contains(., 'Phản ánh liên quan')]")).click();
        waitForText("Lê Văn Tâm");
        screenshot("activity-linked-cases");
        open("phan-anh/moi");
        field("case-subject-unit", "input").sendKeys("UBND xã Cư Yên", Keys.TAB);
        waitForText("Gợi ý theo đơn vị của người bị phản ánh: Xã Cư Yên");
        screenshot("case-new-suggested-front");

        driver.manage().deleteAllCookies();
        signIn("hoinongdan", "Demo@124");
        waitForText("Đinh Thị Lụa");
        open("giam-sat");
        waitForText("Hoạt động giám sát");
        screenshot("member-organisation-supervision-list");
        open("phan-anh");
        waitForText("Chi hội Nông dân xóm Mới");
        screenshot("member-organisation-cases");

        driver.manage().deleteAllCookies();
        signIn("lanhdao", "Demo@124");
        open("phan-anh/nguoi-duoc-xem");
        waitForText("Người được xem danh tính");
        screenshot("identity-readers");
    }
}
