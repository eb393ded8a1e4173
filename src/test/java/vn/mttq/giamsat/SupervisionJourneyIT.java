package vn.mttq.giamsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A supervision's whole life in real Chromium: the DC-PL department creates a delegation with a
 * member from the Farmers' Union, records a finding, concludes, issues the recommendation letter,
 * enters the party committee's receipt; the recommendation is on the department's home page; the
 * answer is recorded and the Standing Committee closes the activity.
 */
class SupervisionJourneyIT extends BrowserJourney {

    @Autowired JdbcTemplate jdbc;

    private WebElement button(String text) {
        return waiting().until(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private WebElement byId(String id, String inner) {
        // a field low in a tab's scrolling area is brought into view first, as a person would scroll to it
        WebElement field = waiting().until(d -> d.findElements(By.id(id)).stream().findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        return waiting().until(d -> d.findElements(By.cssSelector("#" + id + " " + inner)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private void type(String id, String text) {
        WebElement input = byId(id, "input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private void typeArea(String id, String text) {
        byId(id, "textarea").sendKeys(text);
    }

    private void tab(String label) {
        // the page rebuilds its tabs after a step: a tab found just before may be replaced, so find and click again
        waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']")).click();
            return true;
        });
    }

    private void choose(String selectId, String item) {
        waiting().until(d -> d.findElement(By.id(selectId))).click();
        waiting().until(d -> d.findElements(By.xpath("//vaadin-select-item[normalize-space(.)='" + item + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
    }

    private void confirmDialog() {
        waiting().until(d -> d.findElements(By.xpath("//vaadin-button[@slot='confirm-button']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
    }

    @Test
    void a_delegation_finds_recommends_is_answered_and_closed() throws Exception {
        driver.manage().window().setSize(new Dimension(1366, 900));
        for (String u : List.of("dcpl", "lanhdao")) {
            jdbc.update("update account set locked_until = null where username = ?", u);
            jdbc.update("delete from login_failure where username = ?", u);
        }
        String title = "Giám sát hành trình " + System.nanoTime();
        String recommendation = "Đề nghị chỉ đạo công khai kết quả xử lý sau giám sát hành trình " + System.nanoTime();

        signIn("dcpl", "Demo@124");
        waitForText("Đỗ Khắc Huấn");
        open("giam-sat");
        button("Thêm hoạt động giám sát").click();
        type("new-activity-title", title);
        button("Tạo hoạt động").click();
        waitForText("Tổ chức đoàn giám sát · từ");

        // the delegation: its head from the department, a member from the Farmers' Union
        tab("Đoàn giám sát");
        type("member-name", "Đỗ Khắc Huấn");
        button("Thêm thành viên").click();
        WebElement unit = byId("member-unit", "input");
        unit.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Hội Nông dân");
        waiting().until(d -> d.findElements(By.xpath("//vaadin-combo-box-item[contains(., 'Hội Nông dân')]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        type("member-name", "Đinh Thị Lụa");
        button("Thêm thành viên").click();
        waitForText("Đinh Thị Lụa");
        button("Lưu thành phần đoàn").click();
        waitForText("Đã lưu thành phần đoàn giám sát.");

        tab("Đối tượng");
        type("subject-name", "Phạm Văn Hành");
        type("subject-position", "Chủ tịch UBND");
        type("subject-organisation", "xã Liên Sơn");
        choose("subject-category", "Người đứng đầu");
        button("Thêm đối tượng").click();
        waiting().until(d -> d.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Phạm Văn Hành']")));

        button("Bắt đầu giám sát").click();
        waitForText("Đang tiến hành");
        tab("Phát hiện");
        typeArea("finding-text", "Chưa công khai kết quả giải quyết đơn thư của công dân.");
        button("Ghi phát hiện").click();
        waiting().until(d -> d.findElement(By.xpath("//vaadin-grid-cell-content[contains(., 'Chưa công khai kết quả')]")));
        tab("Kiến nghị");
        typeArea("recommendation-text", recommendation);
        button("Thêm kiến nghị").click();
        waiting().until(d -> d.findElement(By.xpath("//vaadin-grid-cell-content[contains(., 'hành trình')]")));

        button("Kết luận giám sát").click();
        typeArea("step-text", "Việc công khai kết quả xử lý đơn thư chưa đầy đủ.");
        waiting().until(d -> d.findElement(By.id("step-confirm"))).click();
        waitForText("Đã kết luận");
        tab("Thông tin");
        type("activity-addressee", "Ban Thường vụ Tỉnh ủy");
        waiting().until(d -> d.findElement(By.id("activity-save"))).click();
        waitForText("Đã lưu thông tin hoạt động giám sát.");

        button("Gửi văn bản kiến nghị").click();
        confirmDialog();
        waitForText("Đã gửi kiến nghị");
        button("Ghi ngày cấp ủy nhận").click();
        waiting().until(d -> d.findElement(By.id("step-confirm"))).click();
        tab("Kiến nghị");
        waitForText("Còn 20 ngày làm việc");
        screenshot("supervision-recommendations");
        long activityId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/giam-sat/(\\d+).*", "$1"));
        assertThat(jdbc.queryForObject("select count(*) from deadline_item where source_type = 'supervision-recommendation' and link = ?",
                Integer.class, "giam-sat/" + activityId)).isEqualTo(1);

        // the recommendation waits for its answer on the responsible person's home page
        open("");
        waitForText(recommendation);
        screenshot("supervision-home");

        open("giam-sat/" + activityId);
        tab("Kiến nghị");
        waiting().until(d -> d.findElement(By.xpath("//vaadin-grid-cell-content[contains(., 'hành trình')]"))).click();
        type("answer-symbol", "125-CV/TU");
        typeArea("answer-summary", "Đã chỉ đạo UBND xã công khai kết quả tại trụ sở và loa truyền thanh.");
        button("Ghi văn bản trả lời").click();
        waitForText("Đã được trả lời");

        // the Standing Committee closes the activity
        driver.manage().deleteAllCookies();
        signIn("lanhdao", "Demo@124");
        waitForText("Nguyễn Thị Hồng Vân");
        open("giam-sat/" + activityId);
        button("Kết thúc hoạt động").click();
        typeArea("step-text", "Cấp ủy đã tiếp thu; kết thúc hoạt động.");
        waiting().until(d -> d.findElement(By.id("step-confirm"))).click();
        waitForText("Đã kết thúc");
        tab("Lịch sử");
        waitForText("Gửi văn bản kiến nghị");
        screenshot("supervision-history");
        assertThat(jdbc.queryForObject("select status from supervision_activity where id = ?", String.class, activityId)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select status from deadline_item where link = ?", String.class, "giam-sat/" + activityId))
                .isEqualTo("MET");
    }
}
