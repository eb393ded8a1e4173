package vn.mttq.giamsat.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.mttq.giamsat.Sheets;
import vn.mttq.giamsat.SignIn;

/** Issue 22: the training, propaganda and figures lists download as XLSX tables, within the person's scope. */
@SpringBootTest
@Import(SignIn.class)
class OutreachExportTest {

    @Autowired OutreachExport export;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private static List<List<String>> read(byte[] xlsx, String numericColumnHeader, List<Boolean> numeric) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            int column = -1;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue()));
                if (row.getRowNum() == 0) {
                    column = cells.indexOf(numericColumnHeader);
                } else if (column >= 0 && row.getCell(column) != null) {
                    numeric.add(row.getCell(column).getCellType() == CellType.NUMERIC);
                }
                out.add(cells);
            }
        }
        return out;
    }

    @Test
    void a_district_downloads_its_sessions_and_propaganda_with_numbers_as_numbers() throws Exception {
        signIn.as("luongson");
        List<Boolean> numeric = new ArrayList<>();
        List<List<String>> sessions = read(export.sessions(SessionService.Filter.all()), "Người dự", numeric);
        assertThat(sessions.getFirst()).contains("Tên", "Đơn vị tổ chức", "Từ ngày");
        assertThat(sessions).hasSizeGreaterThan(1);
        assertThat(sessions.stream().skip(1).map(r -> r.get(2))).allMatch(u -> u.contains("Lương Sơn") || u.startsWith("Ủy ban MTTQ xã")
                || u.startsWith("Ủy ban MTTQ thị trấn")).as("only its own subtree, by full name");
        assertThat(numeric).isNotEmpty().allMatch(b -> b);

        List<Boolean> reach = new ArrayList<>();
        List<List<String>> propaganda = read(export.propaganda("", 0, null, null, "", Map.of()), "Lượt người tiếp cận (ước tính)", reach);
        assertThat(propaganda).hasSizeGreaterThan(1);
        assertThat(reach).isNotEmpty().allMatch(b -> b);
    }

    @Test
    void the_practices_download_as_the_list_shows_them() {
        signIn.as("lanhdao");
        List<List<String>> rows = Sheets.read(export.practices(false, null, ""));
        assertThat(rows.getFirst()).contains("Đơn vị tổ chức");
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows.stream().skip(1).map(r -> r.get(2))).as("dates are date cells").allMatch(d -> d.isEmpty() || d.startsWith("#n"));
    }
}
