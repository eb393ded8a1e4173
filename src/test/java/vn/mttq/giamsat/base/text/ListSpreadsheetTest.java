package vn.mttq.giamsat.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: a list's spreadsheet read by a client the project did not write (Apache POI, as Excel
 * reads it): numbers are numeric cells a SUM adds, dates date cells shown dd/mm/yyyy, shares numbers
 * shown with a percent sign, text exactly as written (no guard character, and never a formula), one
 * header row with filters, and a sheet name Excel accepts.
 */
class ListSpreadsheetTest {

    @Test
    void numbers_dates_and_shares_keep_their_type_and_text_stays_as_written() throws Exception {
        byte[] file = ListSpreadsheet.write("Ủy ban MTTQ huyện Lương Sơn: chỉ tiêu [2026/2027] năm báo cáo", List.of("Chỉ tiêu", "Số", "Ngày", "Tỉ lệ"),
                List.of(Arrays.asList("=HYPERLINK(\"http://x\")", 1234L, LocalDate.of(2026, 11, 2), new ListSpreadsheet.Percent(0.53)),
                        Arrays.asList("- Ban Thường trực Ủy ban MTTQ tỉnh", 66, null, null),
                        Arrays.asList("+84 912", 0L, LocalDate.of(1990, 1, 1), new ListSpreadsheet.Percent(1))));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(book.getSheetName(0)).hasSizeLessThanOrEqualTo(31).doesNotContain("[", "]", ":", "/");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Chỉ tiêu");
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as("the header's filters").isTrue();
            DataFormatter shown = new DataFormatter(Locale.ROOT);

            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("- Ban Thường trực Ủy ban MTTQ tỉnh");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("+84 912");

            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            double sum = 0;
            for (int r = 1; r <= 3; r++) {
                sum += sheet.getRow(r).getCell(1).getNumericCellValue();
            }
            assertThat(sum).as("SUM of the numbers column").isEqualTo(1300);

            var date = sheet.getRow(1).getCell(2);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(shown.formatCellValue(date)).isEqualTo("02/11/2026");
            assertThat(sheet.getRow(3).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1990, 1, 1));

            var share = sheet.getRow(1).getCell(3);
            assertThat(share.getNumericCellValue()).isEqualTo(0.53);
            assertThat(shown.formatCellValue(share)).isEqualTo("53.0%");
            assertThat(sheet.getRow(2).getCell(2)).as("an empty value is an empty cell").isNull();
        }
    }

    @Test
    void a_moment_is_a_date_time_cell_to_the_second() throws Exception {
        byte[] file = ListSpreadsheet.write("Nhật ký", List.of("Thời điểm"), List.of(List.of(LocalDateTime.of(2026, 12, 4, 18, 45, 7))));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var cell = book.getSheetAt(0).getRow(1).getCell(0);
            assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
            assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 4, 18, 45, 7));
            assertThat(new DataFormatter(Locale.ROOT).formatCellValue(cell)).isEqualTo("04/12/2026 18:45:07");
        }
    }
}
