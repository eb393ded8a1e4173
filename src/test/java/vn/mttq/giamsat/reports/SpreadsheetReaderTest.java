package vn.mttq.giamsat.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.mttq.giamsat.base.errors.UserFacingException;

/**
 * Issue 21, defect 4: a row is as wide as the import reads, whatever column a cell names. A 2 KB sheet
 * with a cell at column AAAAAA is refused without allocating by that column; a cell at XFD, Excel's
 * last column, is simply not read; cells given out of order land in their own columns.
 */
class SpreadsheetReaderTest {

    static byte[] sheet(String rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
                    + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static long allocatedBy(Runnable work) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void a_cell_past_excels_last_column_refuses_the_file_without_allocating_by_its_column() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            rows.append("<row r=\"").append(i).append("\"><c r=\"AAAAAA").append(i).append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }
        byte[] file = sheet(rows.toString());
        assertThat(file.length).isLessThan(2048);
        long allocated = allocatedBy(() -> assertThatThrownBy(() -> SpreadsheetReader.firstSheet(file, 4))
                .isInstanceOf(UserFacingException.class).hasMessage("spreadsheet.error.column"));
        assertThat(allocated).as("bytes allocated").isLessThan(16L * 1024 * 1024);
    }

    @Test
    void a_cell_at_the_last_column_is_skipped_and_rows_keep_the_width_the_import_reads() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 5000; i++) {
            rows.append("<row r=\"").append(i).append("\"><c r=\"B").append(i).append("\"><v>2</v></c><c r=\"A").append(i)
                    .append("\"><v>1</v></c><c r=\"XFD").append(i).append("\"><v>9</v></c></row>");
        }
        byte[] file = sheet(rows.toString());
        List<List<String>>[] read = new List[1];
        long allocated = allocatedBy(() -> read[0] = SpreadsheetReader.firstSheet(file, 4));
        assertThat(read[0]).hasSize(5000).allSatisfy(row -> assertThat(row).containsExactly("1", "2", "", ""));
        assertThat(allocated).as("bytes allocated for 5,000 rows of four cells").isLessThan(64L * 1024 * 1024);
        assertThat(SpreadsheetReader.columnOf("XFD7")).isEqualTo(16383);
        assertThatThrownBy(() -> SpreadsheetReader.columnOf("XFE7")).hasMessage("spreadsheet.error.column");
    }

    @Test
    void a_sheet_that_unpacks_past_the_bound_is_refused() throws IOException {
        StringBuilder row = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
        row.append(" ".repeat(21 * 1024 * 1024)).append("</t></is></c></row>");
        byte[] file = sheet(row.toString());
        long allocated = allocatedBy(() -> assertThatThrownBy(() -> SpreadsheetReader.firstSheet(file, 4))
                .hasMessage("spreadsheet.error.too-big"));
        assertThat(allocated).isLessThan(3 * SpreadsheetReader.MAX_UNPACKED + 8L * 1024 * 1024);
    }
}
