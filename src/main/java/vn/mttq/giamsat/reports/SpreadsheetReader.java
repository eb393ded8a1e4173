package vn.mttq.giamsat.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.mttq.giamsat.base.errors.UserFacingException;

/**
 * The first sheet of an XLSX file as rows of text, for imports (an attendee list). Shared,
 * inline and plain values are read; formulas give their last computed value; empty cells are "".
 * Hostile files are refused rather than read ({@link OoxmlPackage}: no DTDs or external entities, at
 * most {@link #MAX_UNPACKED} bytes unpacked), at most {@link #MAX_ROWS} rows, and each row has exactly
 * the columns the import reads: a cell further right is skipped, a reference past Excel's last column
 * (XFD) refuses the file, and nothing is ever allocated by a column number taken from the file.
 */
public final class SpreadsheetReader {

    public static final long MAX_UNPACKED = 20L * 1024 * 1024;
    public static final int MAX_ROWS = 5000;
    /** Excel's last column, XFD. */
    static final int MAX_COLUMN = 16384;
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String SHARED = "xl/sharedStrings.xml";

    private SpreadsheetReader() {
    }

    /** The first sheet's rows, each {@code columns} cells wide (columns A, B, … in order). */
    public static List<List<String>> firstSheet(byte[] xlsx, int columns) {
        Map<String, byte[]> parts = OoxmlPackage.parts(xlsx, Set.of(SHEET, SHARED), new OoxmlPackage.Bounds(MAX_UNPACKED, MAX_UNPACKED),
                "spreadsheet.error.too-big", "spreadsheet.error.unreadable");
        byte[] sheet = parts.get(SHEET);
        if (sheet == null) {
            throw new UserFacingException("spreadsheet.error.unreadable");
        }
        try {
            List<String> shared = parts.containsKey(SHARED) ? shared(parts.get(SHARED)) : List.of();
            return rows(sheet, shared, columns);
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof UserFacingException refused) {
                throw refused;
            }
            throw new UserFacingException("spreadsheet.error.unreadable");
        }
    }

    /** The shared strings, each the text of its runs. */
    private static List<String> shared(byte[] xml) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        XMLStreamReader r = OoxmlPackage.xml(xml);
        StringBuilder current = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
                current = new StringBuilder();
            } else if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("t") && current != null) {
                current.append(r.getElementText());
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("si") && current != null) {
                out.add(current.toString());
                current = null;
            }
        }
        return out;
    }

    private static List<List<String>> rows(byte[] xml, List<String> shared, int columns) throws XMLStreamException {
        List<List<String>> rows = new ArrayList<>();
        XMLStreamReader r = OoxmlPackage.xml(xml);
        String[] row = null;
        int next = 0;
        String type = null;
        int column = 0;
        StringBuilder value = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "row" -> {
                        if (rows.size() >= MAX_ROWS) {
                            throw new UserFacingException("spreadsheet.error.too-many-rows", MAX_ROWS);
                        }
                        row = new String[columns];
                        Arrays.fill(row, "");
                        next = 0;
                    }
                    case "c" -> {
                        type = r.getAttributeValue(null, "t");
                        String ref = r.getAttributeValue(null, "r");
                        column = ref == null ? next : columnOf(ref);
                        next = column + 1;
                        value = new StringBuilder();
                    }
                    case "v", "t" -> {
                        if (value != null) {
                            value.append(r.getElementText());
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("c") && row != null && value != null) {
                    if (column < columns) {
                        row[column] = "s".equals(type) ? shared.get(Integer.parseInt(value.toString().strip())) : value.toString();
                    }
                    value = null;
                } else if (r.getLocalName().equals("row") && row != null) {
                    rows.add(List.of(row));
                    row = null;
                }
            }
        }
        return rows;
    }

    /** "C12" → 2; a reference past XFD, or with no column letters, is refused. */
    static int columnOf(String ref) {
        int n = 0;
        int letters = 0;
        for (char ch : ref.toCharArray()) {
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            n = n * 26 + (ch - 'A' + 1);
            if (++letters > 3 || n > MAX_COLUMN) {
                throw new UserFacingException("spreadsheet.error.column", ref.length() > 12 ? ref.substring(0, 12) + "…" : ref);
            }
        }
        if (letters == 0) {
            throw new UserFacingException("spreadsheet.error.unreadable");
        }
        return n - 1;
    }
}
