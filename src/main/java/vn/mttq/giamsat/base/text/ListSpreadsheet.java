package vn.mttq.giamsat.base.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What a list page's filter shows, as an XLSX workbook of one sheet: a bold header row with filters,
 * then one row per record. Each cell keeps its type so that a spreadsheet computes with it: a number
 * is a numeric cell (SUM works, no "number stored as text"), a {@link LocalDate} a date cell shown
 * dd/mm/yyyy, a {@link LocalDateTime} a date-time cell shown dd/mm/yyyy hh:mm:ss, a {@link Percent} a number shown with a percent sign, anything else text as the person
 * wrote it: an inline string cell is never a formula, so "=HYPERLINK(…)" or "- Ban Thường trực" is
 * stored and shown as typed, without a guard character. Written directly as SpreadsheetML, so any
 * number of columns fits.
 */
public final class ListSpreadsheet {

    /** A share (0.53 for 53 %), shown with a percent sign and kept as a number. */
    public record Percent(double fraction) {
    }

    /** Style indexes in styles.xml's cellXfs. */
    private static final int HEADER = 1;
    private static final int TEXT = 2;
    private static final int DATE = 3;
    private static final int PERCENT = 4;
    private static final int INTEGER = 5;
    private static final int DECIMAL = 6;
    private static final int DATE_TIME = 7;
    /** Day 0 of Excel's 1900 date system as counted in files (1899-12-30, past the 1900 leap-year bug). */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private ListSpreadsheet() {
    }

    /** The sheet's name as Excel accepts it: no []:*?/\ and at most 31 characters. */
    public static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
        clean = clean.isEmpty() ? "Sheet1" : clean;
        return clean.length() > 31 ? clean.substring(0, 31).strip() : clean;
    }

    public static byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                    </Relationships>""");
            put(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""".formatted(xml(sheetName(sheetName))));
            put(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/><numFmt numFmtId="166" formatCode="dd/mm/yyyy hh:mm:ss"/></numFmts>
                    <fonts count="2"><font><sz val="11"/><name val="Times New Roman"/></font><font><b/><sz val="11"/><name val="Times New Roman"/></font></fonts>
                    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
                    <borders count="1"><border/></borders>
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
                    <cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
                    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
                    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="top"/></xf>\
                    <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="top"/></xf>\
                    <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="top"/></xf>\
                    <xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="top"/></xf>\
                    <xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="top"/></xf></cellXfs>
                    </styleSheet>""");
            StringBuilder sheet = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
                    <cols>""");
            for (int c = 0; c < headers.size(); c++) {
                sheet.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                        .append(width(headers, rows, c)).append("\" customWidth=\"1\"/>");
            }
            sheet.append("</cols><sheetData>");
            row(sheet, 1, headers, true);
            int r = 2;
            for (List<?> values : rows) {
                row(sheet, r++, values, false);
            }
            sheet.append("</sheetData>");
            // the header's filter buttons over every row written
            sheet.append("<autoFilter ref=\"A1:").append(column(Math.max(0, headers.size() - 1))).append(Math.max(1, r - 1)).append("\"/>");
            sheet.append("</worksheet>");
            put(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void row(StringBuilder sheet, int r, List<?> values, boolean header) {
        sheet.append("<row r=\"").append(r).append("\">");
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            String ref = column(c) + r;
            switch (value) {
                case null -> { } // an empty cell: nothing written
                case Integer n -> number(sheet, ref, INTEGER, String.valueOf(n));
                case Long n -> number(sheet, ref, INTEGER, String.valueOf(n));
                case Number n when Double.isFinite(n.doubleValue()) -> number(sheet, ref, DECIMAL, String.valueOf(n.doubleValue()));
                case LocalDate d -> number(sheet, ref, DATE, String.valueOf(ChronoUnit.DAYS.between(EPOCH, d)));
                // days since the epoch and the day's fraction, to the second
                case LocalDateTime t -> number(sheet, ref, DATE_TIME, String.valueOf(ChronoUnit.DAYS.between(EPOCH, t.toLocalDate())
                        + t.toLocalTime().toSecondOfDay() / 86_400.0));
                case Percent p when Double.isFinite(p.fraction()) -> number(sheet, ref, PERCENT, String.valueOf(p.fraction()));
                default -> {
                    String text = OutputText.clean(String.valueOf(value));
                    sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\" s=\"").append(header ? HEADER : TEXT)
                            .append("\"><is><t xml:space=\"preserve\">").append(xml(text == null ? "" : text)).append("</t></is></c>");
                }
            }
        }
        sheet.append("</row>");
    }

    private static void number(StringBuilder sheet, String ref, int style, String value) {
        sheet.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\"><v>").append(value).append("</v></c>");
    }

    /** A column wide enough for its longest value up to a cap; long text wraps. */
    private static int width(List<String> headers, List<? extends List<?>> rows, int c) {
        int longest = headers.get(c).length();
        for (List<?> row : rows.subList(0, Math.min(rows.size(), 200))) {
            Object v = c < row.size() ? row.get(c) : null;
            longest = Math.max(longest, v == null ? 0 : v instanceof LocalDate ? 10 : v instanceof LocalDateTime ? 19 : String.valueOf(v).length());
        }
        return Math.min(60, Math.max(10, longest + 2));
    }

    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        b.append(ch); // other control characters are not allowed in XML 1.0
                    }
                }
            }
        }
        return b.toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
