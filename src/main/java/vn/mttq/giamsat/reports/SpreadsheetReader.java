package vn.mttq.giamsat.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.mttq.giamsat.base.UserFacingException;

/**
 * The first sheet of an XLSX file as rows of text, for imports (an attendee list). Shared,
 * inline and plain values are read; formulas give their last computed value; empty cells are "".
 * Hostile files are refused rather than read: no DTDs or external entities, at most
 * {@link #MAX_UNPACKED} bytes unpacked (a zip bomb stops there) and {@link #MAX_ROWS} rows.
 */
public final class SpreadsheetReader {

    public static final long MAX_UNPACKED = 20L * 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    private SpreadsheetReader() {
    }

    public static List<List<String>> firstSheet(byte[] xlsx) {
        Map<String, byte[]> parts = new HashMap<>();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                boolean wanted = name.equals("xl/sharedStrings.xml") || name.equals("xl/worksheets/sheet1.xml");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED) {
                        throw new UserFacingException("spreadsheet.error.too-big");
                    }
                    if (wanted) {
                        out.write(buffer, 0, n);
                    }
                }
                if (wanted) {
                    parts.put(name, out.toByteArray());
                }
            }
        } catch (IOException e) {
            throw new UserFacingException("spreadsheet.error.unreadable");
        }
        byte[] sheet = parts.get("xl/worksheets/sheet1.xml");
        if (sheet == null) {
            throw new UserFacingException("spreadsheet.error.unreadable");
        }
        try {
            List<String> shared = parts.containsKey("xl/sharedStrings.xml") ? shared(parts.get("xl/sharedStrings.xml")) : List.of();
            return rows(sheet, shared);
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof UserFacingException refused) {
                throw refused;
            }
            throw new UserFacingException("spreadsheet.error.unreadable");
        }
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        InputStream in = new ByteArrayInputStream(xml);
        return factory.createXMLStreamReader(in);
    }

    /** The shared strings, each the text of its runs. */
    private static List<String> shared(byte[] xml) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        XMLStreamReader r = reader(xml);
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

    private static List<List<String>> rows(byte[] xml, List<String> shared) throws XMLStreamException {
        List<List<String>> rows = new ArrayList<>();
        XMLStreamReader r = reader(xml);
        List<String> row = null;
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
                        row = new ArrayList<>();
                    }
                    case "c" -> {
                        type = r.getAttributeValue(null, "t");
                        String ref = r.getAttributeValue(null, "r");
                        column = ref == null ? (row == null ? 0 : row.size()) : columnOf(ref);
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
                    String text = "s".equals(type) ? shared.get(Integer.parseInt(value.toString().strip())) : value.toString();
                    while (row.size() < column) {
                        row.add("");
                    }
                    row.add(text);
                    value = null;
                } else if (r.getLocalName().equals("row") && row != null) {
                    rows.add(row);
                    row = null;
                }
            }
        }
        return rows;
    }

    /** "C12" → 2. */
    static int columnOf(String ref) {
        int n = 0;
        for (char ch : ref.toCharArray()) {
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            n = n * 26 + (ch - 'A' + 1);
        }
        return n - 1;
    }
}
