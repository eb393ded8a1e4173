package vn.mttq.giamsat.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;

/** The units-and-accounts document, read back the way a recipient would read it. */
@SpringBootTest
@Import(SignIn.class)
class UnitsReportTest {

    @Autowired UnitsReport report;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void pdf_prints_the_official_header_and_vietnamese_names_intact() throws IOException {
        signIn.as("lanhdao");
        byte[] pdf = report.render(ReportFormat.PDF);
        assertThat(OfficialLayout.assertPdf(pdf, "units-by-district")).contains("Nguyễn Thị Hồng Vân");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // line breaks depend on column widths, not on what the document says
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("ỦY BAN MTTQ VIỆT NAM TỈNH HÒA BÌNH", "BAN THƯỜNG TRỰC")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                    .contains("DANH SÁCH ĐƠN VỊ VÀ TÀI KHOẢN THEO HUYỆN")
                    .contains("Ủy ban MTTQ huyện Lương Sơn", "Ủy ban MTTQ xã Nhuận Trạch")
                    .contains("Nguyễn Thị Hồng Vân", "Đỗ Khắc Huấn")
                    .contains("Nơi nhận:", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH")
                    .containsPattern("Hòa Bình, ngày \\d{1,2} tháng \\d{1,2} năm \\d{4}");
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.getName()).contains("LiberationSerif");
                assertThat(font.isEmbedded()).as("embedded " + font.getName()).isTrue();
            }
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595f);
        }
    }

    @Test
    void district_staff_get_only_their_district() throws IOException {
        signIn.as("luongson");
        try (PDDocument doc = Loader.loadPDF(report.render(ReportFormat.PDF))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Ủy ban MTTQ xã Cư Yên", "Bùi Văn Thắng").doesNotContain("Đà Bắc", "Nguyễn Thị Hồng Vân");
        }
    }

    @Test
    void xlsx_and_docx_carry_the_same_vietnamese_text() throws IOException {
        signIn.as("lanhdao");
        String sheet = zipText(report.render(ReportFormat.XLSX), "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("Ủy ban MTTQ huyện Lương Sơn", "<autoFilter").doesNotContain("mergeCell");
        assertThat(zipText(report.render(ReportFormat.DOCX), "word/document.xml")).contains("Độc lập - Tự do - Hạnh phúc");
    }

    @Test
    void member_organisations_cannot_print_the_directory() {
        signIn.as("hoinongdan");
        assertThatThrownBy(() -> report.render(ReportFormat.PDF)).isInstanceOf(AccessDeniedException.class);
    }

    private static String zipText(byte[] zip, String entryName) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(entryName)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(entryName + " not in the file");
    }
}
