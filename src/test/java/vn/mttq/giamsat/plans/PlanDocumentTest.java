package vn.mttq.giamsat.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.reports.OfficialLayout;
import vn.mttq.giamsat.reports.ReportFormat;

/** The printed plan in the official layout. */
@SpringBootTest
@Import(SignIn.class)
class PlanDocumentTest {

    @Autowired PlanDocument document;
    @Autowired PlanService plans;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void the_published_plan_prints_its_header_number_sections_and_recipients_with_vietnamese_intact() throws Exception {
        long id = jdbc.queryForObject("select min(id) from plan where number_symbol = '01/KH-MTTQ-BTT'", Long.class);
        signIn.as("hoinongdan"); // a recipient prints it too
        String text;
        byte[] bytes = document.render(id, ReportFormat.PDF);
        Path out = Path.of("target", "documents", "plan.pdf"); // for a reviewer to look at
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        text = OfficialLayout.assertPdf(bytes, "plan");
        assertThat(text).contains("ỦY BAN MTTQ VIỆT NAM TỈNH", "HÒA BÌNH", "BAN THƯỜNG TRỰC", "Số: 01/KH-MTTQ-BTT",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG",
                "III. TỔ CHỨC THỰC HIỆN", "Nơi nhận:", "- Hội Nông dân tỉnh;", "- Ủy ban MTTQ huyện Lương Sơn;", "TM. BAN THƯỜNG TRỰC",
                "CHỦ TỊCH", "Nguyễn Thị Hồng Vân")
                .doesNotContain("DỰ THẢO", "null");

        byte[] docx = document.render(id, ReportFormat.DOCX);
        String xml = "";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(xml).contains("01/KH-MTTQ-BTT", "Tuyên truyền để cán bộ, hội viên và nhân dân");
        // Word reads the plan as paragraphs: each section heading its own, the signer named (issue 23)
        List<String> paragraphs = OfficialLayout.assertDocx(docx);
        assertThat(paragraphs).contains("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN", "Nguyễn Thị Hồng Vân", "CHỦ TỊCH");
        assertThat(paragraphs).anyMatch(p -> p.contains("Tuyên truyền để cán bộ, hội viên và nhân dân"));
    }

    @Test
    void a_draft_prints_marked_as_such_with_a_blank_number() throws Exception {
        signIn.as("dcpl");
        Plan draft = plans.createDraft(jdbc.queryForObject("select id from unit where code = 'HB'", Long.class), "Kế hoạch in thử");
        try (PDDocument pdf = Loader.loadPDF(document.render(draft.getId(), ReportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("DỰ THẢO", "Kế hoạch in thử", "/KH-MTTQ").doesNotContain("null");
        }
    }
}
