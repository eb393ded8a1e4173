package vn.mttq.giamsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.plans.Plan;
import vn.mttq.giamsat.plans.PlanService;
import vn.mttq.giamsat.plans.TaskService;

/**
 * From publishing a plan, through a district deriving its own and a member organisation finishing
 * its task, to the province seeing the roll-up: the plan's whole life in real Chromium.
 */
@Import(SignIn.class)
class PlanCascadeJourneyIT extends BrowserJourney {

    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired SignIn signInAs;
    @Autowired JdbcTemplate jdbc;

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private WebElement button(String text) {
        return waiting().until(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    @Test
    void a_plan_is_published_derived_by_a_district_completed_by_a_member_organisation_and_rolled_up() throws Exception {
        driver.manage().window().setSize(new Dimension(1366, 900));
        String title = "Kế hoạch hành trình " + System.nanoTime();
        // the draft as the department wrote it (the journey starts at publishing)
        signInAs.as("dcpl");
        Plan draft = plans.createDraft(unit("HB"), title);
        draft.setContents("1. Giám sát chuyên đề.\n2. Tuyên truyền trong hội viên.");
        plans.saveDraft(draft);
        plans.setRecipients(draft.getId(), List.of(unit("HB-LS"), unit("HB-HND")));
        LocalDate due = LocalDate.now(PortalFormats.VIETNAM).plusDays(40);
        tasks.add(draft.getId(), "Giám sát chuyên đề tại huyện", unit("HB-LS"), due, "Báo cáo");
        tasks.add(draft.getId(), "Tuyên truyền trong hội viên nông dân", unit("HB-HND"), due, "Báo cáo");
        signInAs.signOut();
        for (String u : List.of("dcpl", "luongson", "hoinongdan")) {
            jdbc.update("update account set locked_until = null where username = ?", u);
        }

        // 1. the department publishes it
        signIn("dcpl", "Demo@124");
        waitForText("Đỗ Khắc Huấn");
        open("ke-hoach/" + draft.getId());
        button("Ban hành").click();
        waiting().until(d -> d.findElement(By.xpath("//vaadin-button[@slot='confirm-button']"))).click();
        waitForText("Đã ban hành kế hoạch số");

        // 2. the district derives its own plan from it and publishes it to two communes
        driver.manage().deleteAllCookies();
        signIn("luongson", "Demo@124");
        waitForText("Bùi Văn Thắng");
        open("ke-hoach/" + draft.getId());
        button("Xác nhận đã nhận").click();
        waitForText("Đã xác nhận đơn vị nhận được kế hoạch."); // the page is drawn again with the next actions
        waiting().until(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)='Xác nhận đã nhận']")).isEmpty());
        button("Xây dựng kế hoạch của đơn vị").click();
        waiting().until(d -> !d.getCurrentUrl().endsWith("/ke-hoach/" + draft.getId()));
        waitForText("Kế hoạch triển khai: " + title);
        long districtPlan = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/ke-hoach/(\\d+).*", "$1"));
        signInAs.as("luongson");
        plans.setRecipients(districtPlan, List.of(unit("HB-LS-1"), unit("HB-LS-2")));
        plans.publish(districtPlan, LocalDate.now(PortalFormats.VIETNAM));
        long derivedTask = tasks.ofPlan(districtPlan).getFirst().getId();
        tasks.report(derivedTask, 50, "Đã giám sát 2 xã.");
        signInAs.signOut();

        // 3. the member organisation reports its task done from "Nhiệm vụ"
        driver.manage().deleteAllCookies();
        signIn("hoinongdan", "Demo@124");
        waitForText("Đinh Thị Lụa");
        open("nhiem-vu");
        waiting().until(d -> d.findElement(By.xpath("//vaadin-grid-cell-content[contains(., 'Tuyên truyền trong hội viên nông dân')]"))).click();
        WebElement percent = waiting().until(d -> d.findElement(By.cssSelector("vaadin-integer-field input")));
        percent.sendKeys(Keys.chord(Keys.CONTROL, "a"), "100");
        driver.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys("Đã tuyên truyền tại 12 chi hội.");
        button("Báo hoàn thành").click();
        waitForText("Đã báo hoàn thành");

        // 4. the province sees the roll-up in the cascade tree
        driver.manage().deleteAllCookies();
        signIn("dcpl", "Demo@124");
        waitForText("Đỗ Khắc Huấn");
        open("ke-hoach/" + draft.getId());
        waiting().until(d -> d.findElement(By.xpath("//vaadin-tab[normalize-space(.)='Cây triển khai']"))).click();
        waitForText("Lương Sơn"); // the tree names units by their short names
        // the province plan's two tasks: the district's half done (rolled up), the association's submitted (100%)
        waitForText("75%");
        screenshot("plan-cascade");
        signInAs.as("dcpl");
        assertThat(plans.receipts(draft.getId())).anySatisfy(r -> assertThat(r.confirmedAt()).isNotNull());
        signInAs.signOut();
    }
}
