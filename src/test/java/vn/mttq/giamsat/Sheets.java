package vn.mttq.giamsat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A downloaded XLSX read back with Apache POI, as a spreadsheet program would: the first sheet's cells. */
public final class Sheets {

    private Sheets() {
    }

    /** The first sheet's rows; numeric cells as "#n" followed by the value, so a test sees numbers are numbers. */
    public static List<List<String>> read(byte[] xlsx) {
        List<List<String>> out = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? "#n" + cell.getNumericCellValue()
                            : cell.getStringCellValue());
                }
                out.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
