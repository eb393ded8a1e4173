package vn.mttq.giamsat.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.reports.OfficialLayout;
import vn.mttq.giamsat.reports.ReportFormat;

/** The recommendation letter and the supervision report in the official layout, with Vietnamese intact. */
@SpringBootTest
@Import(SignIn.class)
class SupervisionDocumentsTest {

    @Autowired ActivityService activities;
    @Autowired RecommendationService recommendations;
    @Autowired SupervisionDocuments documents;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private static String pdfText(byte[] bytes) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_letter_names_the_subject_the_recommendation_and_its_number_and_the_report_its_findings() throws Exception {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        signIn.as("luongson");
        Activity a = activities.create(unit("HB-LS"), "DOAN-GS", "việc tiếp công dân của UBND xã Cư Yên", today.minusDays(20), today);
        activities.setDelegation(a.getId(), List.of(new ActivityService.MemberInput(unit("HB-LS"), "Bùi Văn Thắng", "Chủ tịch",
                DelegationRole.HEAD)));
        activities.start(a.getId());
        Subject s = activities.addSubject(a.getId(), new ActivityService.SubjectInput(Subject.Kind.PERSON, "Quách Thị Hường",
                "Phó Chủ tịch UBND", "xã Cư Yên", SubjectCategory.KEY_CADRE));
        activities.addFinding(a.getId(), s.getId(), new ContentPoint("MANIFESTATION", "CT-01"), "Chậm trễ tiếp công dân định kỳ.");
        activities.conclude(a.getId(), "Việc tiếp công dân chưa đúng lịch; thái độ chưa gần dân.");
        recommendations.add(a.getId(), s.getId(), "Đề nghị chỉ đạo kiểm điểm trách nhiệm và công khai lịch tiếp công dân.");
        Activity stored = activities.get(a.getId());
        stored.setAddressee("Ban Thường vụ Huyện ủy Lương Sơn");
        stored.setTitle("Giám sát việc tiếp công dân của UBND xã Cư Yên"); // as people title activities
        stored.setContentPoints(Set.of(new ContentPoint("MANIFESTATION", "CT-01")));
        activities.save(stored);

        byte[] draftPdf = documents.render(a.getId(), SupervisionDocuments.Kind.LETTER, ReportFormat.PDF);
        assertThat(pdfText(draftPdf)).contains("DỰ THẢO");
        try (PDDocument pdf = Loader.loadPDF(draftPdf)) {
            assertThat(pdf.getSignatureDictionaries()).as("a draft is not signed").isEmpty();
        }
        Activity sent = recommendations.issueLetter(a.getId(), today);
        String letter = OfficialLayout.assertPdf(
                documents.render(a.getId(), SupervisionDocuments.Kind.LETTER, ReportFormat.PDF), "supervision-letter").replaceAll("\\s+", " ");
        assertThat(letter).as("Lương Sơn's signer under the title (admin/don-vi)").contains("CHỦ TỊCH Quách Thị Hạnh");
        assertThat(letter).contains("ỦY BAN MTTQ HUYỆN LƯƠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: " + sent.getLetterSymbol(), "Kính gửi: Ban Thường vụ Huyện ủy Lương Sơn",
                "Quách Thị Hường, Phó Chủ tịch UBND xã Cư Yên",
                "Đề nghị chỉ đạo kiểm điểm trách nhiệm và công khai lịch tiếp công dân.", "20 ngày làm việc", "Nơi nhận")
                .doesNotContain("DỰ THẢO").doesNotContainIgnoringCase("giám sát giám sát")
                .contains("qua giám sát việc tiếp công dân của UBND xã Cư Yên");
        try (PDDocument pdf = Loader.loadPDF(documents.render(a.getId(), SupervisionDocuments.Kind.LETTER, ReportFormat.PDF))) {
            // issue 26: the issued letter is signed in the unit's name, the same file at every print
            assertThat(pdf.getSignatureDictionaries()).singleElement().satisfies(sig -> assertThat(sig.getName()).isEqualTo("Ủy ban MTTQ huyện Lương Sơn"));
            assertThat(pdf.getDocumentInformation().getTitle()).as("the PDF's Title is the letter's own")
                    .isEqualTo("V/v kiến nghị sau giám sát việc tiếp công dân của UBND xã Cư Yên");
            // "V/v …" sits under the number on the left (not a centred heading): the first letters of the line are in the left column
            List<TextPosition> subject = new ArrayList<>();
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.startsWith("V/v")) {
                        subject.addAll(positions);
                    }
                }
            }.getText(pdf);
            assertThat(subject).isNotEmpty();
            assertThat(subject.getFirst().getXDirAdj()).as("left column").isLessThan(pdf.getPage(0).getMediaBox().getWidth() / 2);
            Files.createDirectories(Path.of("target", "documents"));
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 60), "png",
                    Path.of("target", "documents", "supervision-letter-page-1.png").toFile());
        }

        activities.issueReport(a.getId(), today);
        String report = OfficialLayout.assertPdf(
                documents.render(a.getId(), SupervisionDocuments.Kind.REPORT, ReportFormat.PDF), "supervision-report").replaceAll("\\s+", " ");
        assertThat(report).contains("BÁO CÁO", "Chậm trễ tiếp công dân định kỳ.", "Phai nhạt lý tưởng cách mạng",
                "Việc tiếp công dân chưa đúng lịch");
        byte[] docx = documents.render(a.getId(), SupervisionDocuments.Kind.LETTER, ReportFormat.DOCX);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            String body = "";
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    body = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            assertThat(body).contains("Quách Thị Hường", "Kính gửi");
        }
        // read back as Word reads it (Apache POI): the body is paragraphs, indented, on a Decree 30 page
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> body = word.getParagraphs();
            var intro = body.stream().filter(p -> p.getText().startsWith("Thực hiện Quy định số 124-QĐ/TW")).findFirst().orElseThrow();
            assertThat(intro.getIndentationFirstLine()).as("1 cm first-line indent").isEqualTo(567);
            assertThat(intro.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(body.stream().filter(p -> p.getText().startsWith("1. Quách Thị Hường"))).as("each recommendation its own paragraph").hasSize(1);
            assertThat(OfficialLayout.assertDocx(docx)).contains("Quách Thị Hạnh");
            var margins = word.getDocument().getBody().getSectPr().getPgMar();
            assertThat(((BigInteger) margins.getBottom()).intValue()).as("bottom margin 20 mm").isEqualTo(1134);
            assertThat(((BigInteger) margins.getLeft()).intValue()).as("left margin 30 mm").isEqualTo(1701);
            assertThat(word.getTables().getFirst().getText()).contains("Số: " + sent.getLetterSymbol(), "V/v kiến nghị sau giám sát việc tiếp công dân");
            assertThat(word.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
        }

        signIn.as("hoinongdan"); // not a Front unit: never prints names of supervised persons
        assertThatThrownBy(() -> documents.render(a.getId(), SupervisionDocuments.Kind.LETTER, ReportFormat.PDF))
                .isInstanceOf(AccessDeniedException.class);
    }
}
