package vn.mttq.giamsat.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.plans.PlanDocument;
import vn.mttq.giamsat.reports.ReportFormat;

/**
 * Issue 26: the public verify page, without signing in: the QR code's link looks the number up; an
 * uploaded file is said intact and issued, or changed; a number the register does not hold is said so.
 */
@SpringBootTest
@Import(SignIn.class)
class VerifyViewTest extends SpringBrowserlessTest {

    @Autowired PlanDocument plans;
    @Autowired DocumentVerification verification;
    @Autowired SignedDocuments signed;
    @Autowired JdbcTemplate jdbc;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void the_qr_link_looks_the_number_up_and_a_file_is_checked_without_signing_in() {
        signIn.as("lanhdao");
        String planId = jdbc.queryForObject("select source_id from issued_document where source_type = 'plan' order by id limit 1", String.class);
        var entry = jdbc.queryForMap("select symbol, issued_on from issued_document where source_type = 'plan' and source_id = ?", planId);
        String symbol = (String) entry.get("symbol");
        byte[] pdf = plans.render(Long.parseLong(planId), ReportFormat.PDF);
        signIn.signOut();

        // the QR code's link
        UI.getCurrent().navigate("xac-thuc-van-ban", QueryParameters.simple(Map.of("so", symbol, "ngay", String.valueOf(entry.get("issued_on")))));
        VerifyView page = (VerifyView) getCurrentView();
        assertThat(page.symbol.getValue()).isEqualTo(symbol);
        String found = page.result.getElement().getTextRecursively();
        assertThat(found).contains("Văn bản số " + symbol + " của Ủy ban MTTQ Việt Nam tỉnh Hòa Bình")
                .contains("Đã ký số lúc").contains(SignedDocuments.sha256(pdf))
                .as("no title or content of the document").doesNotContain("Kế hoạch");

        page.show(verification.verifyFile(pdf, null));
        assertThat(page.result.getElement().getTextRecursively()).contains("Chữ ký số hợp lệ", "Đúng là tệp cổng đã phát hành",
                "Người ký (chứng thư): Ủy ban MTTQ Việt Nam tỉnh Hòa Bình", "thử nghiệm");
        assertThat(page.result.getClassNames()).contains("verify-good");

        byte[] changed = pdf.clone();
        changed[changed.length / 3] ^= 0x20;
        page.show(verification.verifyFile(changed, null));
        assertThat(page.result.getElement().getTextRecursively()).contains("KHÔNG hợp lệ", "Cổng không phát hành tệp có nội dung này");
        assertThat(page.result.getClassNames()).contains("verify-bad");

        page.show(verification.verifyFile("not a pdf".getBytes(StandardCharsets.UTF_8), null));
        assertThat(page.result.getElement().getTextRecursively()).contains("không phải PDF");

        test(page.symbol).setValue("999/KH-KHONG-CO");
        test(page.issuedOn).setValue(null);
        test(page.lookUp).click();
        assertThat(page.result.getElement().getTextRecursively()).contains("không có văn bản số, ký hiệu này");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'DOCUMENT_LOOKED_UP' and actor = 'anonymous'",
                Integer.class)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_sign_in_page_says_documents_are_demo_signed_and_leads_to_the_verify_page() {
        UI.getCurrent().navigate("login");
        assertThat(find(Paragraph.class).withClassName("login-note").single().getText())
                .isEqualTo("Bản chạy thử: văn bản phát hành được ký bằng khóa thử nghiệm, không có giá trị pháp lý.");
        assertThat(find(Anchor.class).withText("Xác thực văn bản ký số").single().getHref()).isEqualTo("xac-thuc-van-ban");
    }
}
