package vn.mttq.giamsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every demo role signs in at an office laptop's size (1366×768) and finds its own home page:
 * its items, its menu groups, the bundled typeface and the theme's colours. Screenshots go to
 * target/screenshots/ for a reviewer.
 */
class RoleHomePagesIT extends BrowserJourney {


    private static final Map<String, List<String>> GROUPS = Map.of(
            "admin", List.of("my_work", "plans", "supervision", "feedback", "outreach", "reports", "catalogues", "administration"),
            "lanhdao", List.of("my_work", "plans", "supervision", "feedback", "outreach", "reports", "catalogues"),
            "dcpl", List.of("my_work", "plans", "supervision", "feedback", "outreach", "reports", "catalogues"),
            "luongson", List.of("my_work", "plans", "supervision", "feedback", "outreach", "reports", "catalogues"),
            "hoinongdan", List.of("my_work", "plans", "supervision", "feedback", "outreach", "reports", "catalogues"));

    @Autowired JdbcTemplate jdbc;

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }


    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "admin, Quản trị hệ thống, Ban Thường vụ Tỉnh ủy chỉ đạo kiểm điểm",
            "lanhdao, Nguyễn Thị Hồng Vân, Ban Thường vụ Tỉnh ủy chỉ đạo kiểm điểm",
            "dcpl, Đỗ Khắc Huấn, kê khai tài sản",
            "luongson, Bùi Văn Thắng, tiếp công dân của UBND huyện Lương Sơn",
            "hoinongdan, Đinh Thị Lụa, hỗ trợ giống cây trồng"})
    void each_role_lands_on_its_own_home_page(String username, String fullName, String expectedItem) throws Exception {
        driver.manage().window().setSize(new Dimension(1366, 768));
        jdbc.update("update account set locked_until = null where username = ?", username); // another journey locks dcpl
        jdbc.update("delete from login_failure where username = ?", username);
        open("login");
        WebElement submit = waiting().until(d -> d.findElement(By.cssSelector("vaadin-login-form vaadin-button")));
        // the theme is applied: the primary sign-in button wears the Front's red, not a browser grey
        // computed colours may come back as oklch(); a canvas pixel turns any CSS colour into sRGB
        String background = (String) js("""
                const c = getComputedStyle(document.querySelector('vaadin-login-form vaadin-button')).backgroundColor;
                const ctx = document.createElement('canvas').getContext('2d');
                ctx.fillStyle = c; ctx.fillRect(0, 0, 1, 1);
                const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
                return 'rgb(' + r + ',' + g + ',' + b + ')';""");
        assertThat(redDominates(background)).as("sign-in button background %s", background).isTrue();
        waitForText("Ủy ban MTTQ Việt Nam tỉnh Hòa Bình"); // the sign-in page names the province
        assertThat(submit.isDisplayed()).isTrue();

        signIn(username, "Demo@124");
        waitForText(fullName);
        waiting().until(d -> !d.findElements(By.cssSelector("a.work-item")).isEmpty());
        waitForText(expectedItem);
        assertThat(driver.getTitle()).isEqualTo("Việc của tôi");

        List<String> groups = driver.findElements(By.cssSelector("vaadin-side-nav[data-group]")).stream()
                .map(e -> e.getDomAttribute("data-group")).toList();
        assertThat(groups).containsExactlyElementsOf(GROUPS.get(username));

        // body text is set in the bundled Be Vietnam Pro, and the font file really loaded (no CDN)
        String family = (String) js("return getComputedStyle(document.querySelector('.work-title')).fontFamily");
        assertThat(family).startsWith("\"Be Vietnam Pro\"");
        Object loaded = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.load('16px "Be Vietnam Pro"', 'Việc của tôi')
                  .then(f => done(String(f.length)), e => done('failed: ' + e + ' | ' + [...document.fonts]
                    .filter(x => x.family.includes('Vietnam')).map(x => x.status).join(',') + ' | '
                    + performance.getEntriesByType('resource').filter(r => r.name.includes('font') || r.name.includes('.css'))
                      .map(r => r.name + ' ' + r.responseStatus).join(' ; ')));""");
        assertThat((String) loaded).as("Be Vietnam Pro faces loaded").isNotEqualTo("0").doesNotStartWith("failed");
        // the current page is highlighted in the menu
        assertThat(driver.findElements(By.cssSelector("vaadin-side-nav-item[current]"))).isNotEmpty();
        screenshot("home-" + username);
    }

    @Test
    void on_a_ten_inch_tablet_the_drawer_folds_away_and_the_deadlines_grid_keeps_its_titles() throws Exception {
        driver.manage().window().setSize(new Dimension(800, 1280));
        jdbc.update("update account set locked_until = null where username = 'luongson'");
        signIn("luongson", "Demo@124");
        waiting().until(d -> !d.findElements(By.cssSelector("a.work-item")).isEmpty());
        // the layout settles into overlay mode once it has measured the window (sooner now that the scripts come from cache)
        waiting().withMessage("the drawer folds into an overlay at 800 px")
                .until(d -> d.findElement(By.tagName("vaadin-app-layout")).getDomAttribute("overlay") != null);
        waiting().withMessage("the menu is hidden").until(d -> !d.findElement(By.tagName("vaadin-side-nav")).isDisplayed());
        open("han-xu-ly");
        waitForText("Đề nghị chấn chỉnh việc tiếp công dân");
        screenshot("tablet-deadlines-luongson");
        driver.manage().window().setSize(new Dimension(1366, 768));
        open("thong-ke");
        waiting().until(d -> d.findElement(By.cssSelector("mttq-echart[data-rendered]")));
        screenshot("dashboard-luongson");
        open("ke-hoach");
        waitForText("01/KH-MTTQ-BTT");
        driver.findElement(By.xpath("//vaadin-grid-cell-content[contains(., '01/KH-MTTQ-BTT')]")).click();
        waiting().until(d -> d.getCurrentUrl().matches(".*/ke-hoach/\\d+"));
        waitForText("I. Mục đích, yêu cầu");
        waitForText("Xác nhận đã nhận");
        screenshot("plan-luongson");
    }

    /** Issue 25: the charts' code (ECharts, a 650 KB chunk) comes with the pages that draw charts, not with the home page. */
    @Test
    void the_charts_code_is_loaded_only_by_a_page_with_charts() {
        signIn("lanhdao", "Demo@124");
        waiting().until(d -> !d.findElements(By.cssSelector("a.work-item")).isEmpty());
        assertThat(js("return customElements.get('mttq-echart') === undefined")).as("no chart code on the home page").isEqualTo(true);
        driver.findElement(By.cssSelector("a[href='thong-ke']")).click();
        waiting().until(d -> d.findElement(By.cssSelector("mttq-echart[data-rendered]")));
        assertThat(js("return customElements.get('mttq-echart') !== undefined")).as("loaded by the dashboard").isEqualTo(true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ke-hoach, Kế hoạch", "giam-sat, Hoạt động giám sát", "kien-nghi, Kiến nghị sau giám sát", "giam-sat/lich, Lịch giám sát",
            "phan-anh, 'Phản ánh, kiến nghị'", "phan-anh/moi, Ghi nhận vụ việc",
            "tap-huan, 'Hội nghị, tập huấn'", "tuyen-truyen, Tuyên truyền", "mo-hinh, Mô hình hay",
            "tap-huan/so-lieu, 'Số liệu tuyên truyền, tập huấn'", "tap-huan/lich, 'Lịch hội nghị, tập huấn'",
            "thong-ke, Thống kê theo đơn vị", "bao-cao-dinh-ky, Báo cáo định kỳ", "thong-ke/chi-tieu, Danh mục chỉ tiêu", "bao-cao, 'Báo cáo, biểu mẫu'", "han-xu-ly, Hạn xử lý",
            "lich-lam-viec, 'Lịch ngày làm việc, ngày nghỉ'", "danh-muc, Danh mục", "admin/don-vi, Đơn vị", "admin/tai-khoan, Tài khoản",
            "admin/nhat-ky, Nhật ký hệ thống", "admin/thu-di, Thư chưa gửi", "admin/thoi-han, Thời hạn theo quy định",
            "admin/gui-y-kien, Cổng gửi ý kiến", "admin/ban-do, Bản đồ đơn vị", "admin/ma-truy-cap, Mã truy cập API",
            "admin/phien-dang-nhap, Phiên đăng nhập", "tai-khoan/mat-khau, Đổi mật khẩu", "tai-khoan/bao-mat, Bảo mật tài khoản"})
    void every_page_has_its_title_in_the_header_and_no_missing_text(String route, String title) throws Exception {
        driver.manage().window().setSize(new Dimension(1366, 768));
        jdbc.update("update account set locked_until = null where username = 'admin'");
        signIn("admin", "Demo@124");
        waitForText("Quản trị hệ thống");
        open(route);
        waiting().until(d -> title.equals(d.findElement(By.cssSelector(".page-heading")).getText()));
        assertThat(driver.getTitle()).contains(title.split(",")[0]);
        assertThat(visibleText()).doesNotContain("!{", "null", "Exception");
        screenshot("page-" + route.replace('/', '-'));
    }

    /**
     * Issue 25: the bundle's scripts, named after their content, are kept by the browser for a year
     * (over a 3G link each revalidation cost a 300 ms round trip); the pages themselves are not.
     */
    @Test
    @SuppressWarnings("unchecked")
    void the_bundles_hashed_files_are_cached_for_a_year_and_the_pages_are_not() throws Exception {
        open("login");
        waiting().until(d -> d.findElement(By.cssSelector("input[name='username']")));
        List<String> built = (List<String>) js(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/VAADIN/build/'));");
        assertThat(built).as("scripts of the production bundle the sign-in page loaded").isNotEmpty();
        List<String> styles = (List<String>) js(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('.css?v-c='));");
        assertThat(styles).as("the style sheets Vaadin links with their hash (Aura, the portal's)").hasSizeGreaterThanOrEqualTo(2);
        List<String> checked = new java.util.ArrayList<>(built.subList(0, Math.min(5, built.size())));
        checked.addAll(styles);
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (String url : checked) {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
                assertThat(answer.statusCode()).as(url).isEqualTo(200);
                assertThat(answer.headers().firstValue("Cache-Control")).as(url).hasValue("public, max-age=31536000, immutable");
                // Spring Security's no-cache companions made Chromium ask again all the same (SlowLinkBenchmark)
                assertThat(answer.headers().firstValue("Pragma")).as(url).isEmpty();
                assertThat(answer.headers().firstValue("Expires")).as(url).isEmpty();
            }
            HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(page.headers().firstValue("Cache-Control").orElse("")).as("the sign-in page").doesNotContain("immutable");
        }
    }

    /** Issue 26: the QR code on an issued document opens the public verify page, on a desk and on a phone, without signing in. */
    @Test
    void the_verify_page_answers_a_qr_link_without_signing_in() throws Exception {
        driver.manage().deleteAllCookies();
        var entry = jdbc.queryForMap("select symbol, issued_on from issued_document where source_type = 'plan' order by id limit 1");
        String link = "xac-thuc-van-ban?so=" + URLEncoder.encode((String) entry.get("symbol"), StandardCharsets.UTF_8)
                + "&ngay=" + entry.get("issued_on");
        for (int width : new int[] {1366, 390}) {
            driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 768));
            open(link);
            waitForText("Văn bản số " + entry.get("symbol"));
            assertThat(driver.getTitle()).contains("Xác thực văn bản ký số");
            assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                    .as("no sideways scroll at " + width).isLessThanOrEqualTo(width + 2);
            screenshot("verify-document-" + width);
        }
    }

    private static boolean redDominates(String rgb) {
        String[] p = rgb.replaceAll("[^0-9.,]", "").split(",");
        double r = Double.parseDouble(p[0]);
        double g = Double.parseDouble(p[1]);
        double b = Double.parseDouble(p[2]);
        return r > 120 && r > g * 1.8 && r > b * 1.8;
    }
}
