package vn.mttq.giamsat.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import vn.mttq.giamsat.signing.DocumentVerification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.reports.OfficialLayout;
import vn.mttq.giamsat.reports.ReportFormat;

/** The receipt slip: the code, what was received, where to follow it; never who reported. */
@SpringBootTest
@Import(SignIn.class)
class ReceiptSlipTest {

    @Autowired DocumentVerification verification;
    @Autowired ReceiptSlip slip;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void the_slip_of_a_named_report_carries_its_code_and_the_lookup_address_but_not_the_reporter() throws Exception {
        long named = jdbc.queryForObject("select min(id) from feedback_case where subject_name = 'Lê Văn Tâm' and created_by = 'demo'", Long.class);
        String code = jdbc.queryForObject("select receipt_code from feedback_case where id = ?", String.class, named);
        signIn.as("luongson");
        String text;
        byte[] pdf = slip.render(named, ReportFormat.PDF);
        text = OfficialLayout.assertPdf(pdf, "receipt-slip").replaceAll("\\s+", " ");
        assertThat(text).contains("GIẤY BIÊN NHẬN", "Số: " + code, "Mã tiếp nhận: " + code, "tra-cuu", "Trực tiếp tại nơi tiếp dân",
                "ỦY BAN MTTQ HUYỆN LƯƠNG SƠN").doesNotContain("Nguyễn Văn Hải", "0912 000 111", "Xóm Mỏ");
        // issue 26: the slip is signed in the following Front's name, numbered by its receipt code, and printed again as the same file
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getSignatureDictionaries()).singleElement().satisfies(sig -> assertThat(sig.getName()).isEqualTo("Ủy ban MTTQ huyện Lương Sơn"));
        }
        assertThat(slip.render(named, ReportFormat.PDF)).isEqualTo(pdf);
        assertThat(verification.lookUp(code, null, null)).singleElement().satisfies(e -> {
            assertThat(e.signed()).isTrue();
            assertThat(e.unitName()).isEqualTo("Ủy ban MTTQ huyện Lương Sơn");
        });
    }
}
