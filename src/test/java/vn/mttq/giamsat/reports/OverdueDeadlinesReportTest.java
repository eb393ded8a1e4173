package vn.mttq.giamsat.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.deadlines.Deadline;
import vn.mttq.giamsat.deadlines.DeadlineRequest;
import vn.mttq.giamsat.deadlines.DeadlineService;

/** The overdue list as the Standing Committee prints it to urge the bodies concerned. */
@SpringBootTest
@Import(SignIn.class)
class OverdueDeadlinesReportTest {

    @Autowired OverdueDeadlinesReport report;
    @Autowired DeadlineService deadlines;
    @Autowired WorkingCalendar calendar;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private Deadline register(String unitCode, String title, LocalDate received) {
        long unit = jdbc.queryForObject("select id from unit where code = ?", Long.class, unitCode);
        signIn.as("dcpl");
        Deadline d = deadlines.register(new DeadlineRequest("test-recommendation", UUID.randomUUID().toString(), title, null,
                unit, null, received, 20));
        signIn.signOut();
        return d;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void lists_overdue_items_by_unit_with_their_working_days_late_and_leaves_out_those_on_time() throws IOException {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Deadline late = register("HB-LS", "Kiến nghị chậm trả lời " + tag, today.minusDays(60));
        register("HB-LS", "Kiến nghị còn hạn " + tag, today);
        register("HB-DB", "Kiến nghị Đà Bắc chậm " + tag, today.minusDays(60));

        signIn.as("lanhdao");
        String text = pdfText(report.render(ReportFormat.PDF));
        assertThat(text).contains("DANH SÁCH KIẾN NGHỊ, VỤ VIỆC QUÁ HẠN TRẢ LỜI", "Ủy ban MTTQ huyện Lương Sơn",
                        "Kiến nghị chậm trả lời " + tag, "Kiến nghị Đà Bắc chậm " + tag, "TM. BAN THƯỜNG TRỰC")
                .contains(PortalFormats.date(late.receivedOn()) + " " + PortalFormats.date(late.dueDate()) + " "
                        + calendar.workingDaysOverdue(today, late.dueDate()))
                .doesNotContain("Kiến nghị còn hạn " + tag);

        signIn.as("luongson");
        assertThat(pdfText(report.render(ReportFormat.PDF))).contains("Kiến nghị chậm trả lời " + tag)
                .doesNotContain("Kiến nghị Đà Bắc chậm " + tag);
    }

    @Test
    void the_spreadsheet_carries_the_same_vietnamese_text() throws IOException {
        register("HB-LS", "Kiến nghị quá hạn trong bảng tính", LocalDate.now(PortalFormats.VIETNAM).minusDays(60));
        signIn.as("lanhdao");
        // a plain table as a spreadsheet program reads it: one header row, a row per item, numbers numeric, dates dates
        try (XSSFWorkbook book = new XSSFWorkbook(
                new ByteArrayInputStream(report.render(ReportFormat.XLSX)))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Quá hạn (ngày làm việc)");
            assertThat(sheet.getNumMergedRegions()).isZero();
            var row = IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(1).getStringCellValue().equals("Kiến nghị quá hạn trong bảng tính")).findFirst().orElseThrow();
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Ủy ban MTTQ huyện Lương Sơn");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(4).getNumericCellValue()).isPositive();
        }
    }

    @Test
    void with_no_overdue_item_the_document_says_so_and_prints_no_null() throws IOException {
        // a commune of Mai Châu: no demo item, no periodic report (those are owed by districts), no test writes there
        jdbc.update("""
                insert ignore into account (username, full_name, role, unit_id, password_hash, enabled, created_at, version)
                select 'dongtan-test', 'Lò Văn Páo', 'DISTRICT_STAFF', u.id, a.password_hash, true, utc_timestamp(6), 0
                from unit u join account a on a.username = 'luongson' where u.code = 'HB-MC-3'""");
        signIn.as("dongtan-test");
        String text = pdfText(report.render(ReportFormat.PDF));
        assertThat(text).contains("Không có mục nào quá hạn.", "Tổng số mục quá hạn: 0").doesNotContain("null");
    }

    @Test
    void member_organisations_cannot_print_it() {
        signIn.as("hoinongdan");
        assertThatThrownBy(() -> report.render(ReportFormat.PDF)).isInstanceOf(AccessDeniedException.class);
    }

    /** Issue 23 (Decree 30/2020, Annex I): page numbers at the top centre from page 2, a two-digit day, the title as the PDF's Title. */
    @Test
    void page_numbers_sit_at_the_top_centre_from_the_second_page_and_the_title_is_the_documents() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 45; i++) {
            register("HB-LS", "Kiến nghị quá hạn số " + i + " để kiểm tra số trang " + tag, LocalDate.now(PortalFormats.VIETNAM).minusDays(90));
        }
        signIn.as("lanhdao");
        byte[] bytes = report.render(ReportFormat.PDF);
        assertThat(OfficialLayout.assertPdf(bytes, "overdue-list")).contains("CHỦ TỊCH", "Nguyễn Thị Hồng Vân");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).as("a list long enough for two pages").isGreaterThanOrEqualTo(2);
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("DANH SÁCH KIẾN NGHỊ, VỤ VIỆC QUÁ HẠN TRẢ LỜI");
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                float height = pdf.getPage(page - 1).getMediaBox().getHeight();
                float width = pdf.getPage(page - 1).getMediaBox().getWidth();
                List<TextPosition> number = new ArrayList<>();
                String wanted = String.valueOf(page);
                PDFTextStripper lines = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        if (text.strip().equals(wanted)) {
                            number.addAll(positions);
                        }
                    }
                };
                lines.setStartPage(page);
                lines.setEndPage(page);
                lines.getText(pdf);
                List<TextPosition> top = number.stream().filter(t -> t.getYDirAdj() < 0.15 * height).toList();
                List<TextPosition> bottom = number.stream().filter(t -> t.getYDirAdj() > 0.85 * height).toList();
                assertThat(bottom).as("no page number at the bottom of page " + page).isEmpty();
                if (page == 1) {
                    assertThat(top).as("no number on the first page").isEmpty();
                } else {
                    assertThat(top).as("page " + page + " numbered at the top").isNotEmpty();
                    float x = top.getFirst().getXDirAdj();
                    assertThat(Math.abs(x - width / 2)).as("centred on the text column").isLessThan(width * 0.12f);
                }
            }
            // the first two pages at 60 dpi, for a reviewer's eye (target/documents/)
            Files.createDirectories(Path.of("target", "documents"));
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = 0; page < 2; page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, 60), "png",
                        Path.of("target", "documents", "overdue-page-" + (page + 1) + ".png").toFile());
            }
            String first = new PDFTextStripper().getText(pdf);
            LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
            assertThat(first).contains("ngày " + String.format("%02d", today.getDayOfMonth()) + " tháng "
                    + (today.getMonthValue() <= 2 ? String.format("%02d", today.getMonthValue()) : String.valueOf(today.getMonthValue())));
        }
    }
}
