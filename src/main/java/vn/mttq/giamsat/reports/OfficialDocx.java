package vn.mttq.giamsat.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.text.OutputText;

/**
 * An official document (supervision report, recommendation letter, receipt slip, plan, periodic
 * report with its indicator annex) as a Word
 * file a person can edit: Jasper's DOCX exporter lays text out in table cells with line breaks, so
 * the body here is real paragraphs (justified, 1 cm first-line indent), in the Decree 30/2020 page
 * (A4, margins 20 mm top and bottom, 30 mm left, 15 mm right), Times New Roman 14 pt, the page number
 * at the top centre from page 2. The header block and the signature block are borderless two-column
 * tables, as in Word's own templates. Takes the same parameters as {@code official-document.jrxml},
 * {@code plan.jrxml} (its sections) or {@code periodic-report.jrxml} (with the annex rows as
 * {@code ANNEX_ROWS}).
 */
final class OfficialDocx {

    /** Twips (1/1440 inch): 20 mm ≈ 1134, 30 mm ≈ 1701, 15 mm ≈ 851, 1 cm ≈ 567; A4 11906 × 16838. */
    private static final int MM20 = 1134;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private OfficialDocx() {
    }

    static byte[] write(Map<String, Object> p) {
        StringBuilder body = new StringBuilder();
        boolean letter = text(p, "KIND").isEmpty();
        body.append("<w:tbl>").append(borderless(4535, 5220)).append("<w:tr><w:tc><w:tcPr><w:tcW w:w=\"4535\" w:type=\"dxa\"/></w:tcPr>");
        body.append(para(text(p, "ISSUER_PARENT"), "center", 24, false, false, false));
        body.append(para(text(p, "ISSUER"), "center", 26, true, false, false));
        body.append(para(text(p, "DOCUMENT_NUMBER"), "center", 26, false, false, false));
        if (letter) {
            body.append(para(text(p, "TITLE"), "center", 24, false, false, false));
        }
        body.append("</w:tc><w:tc><w:tcPr><w:tcW w:w=\"5220\" w:type=\"dxa\"/></w:tcPr>");
        body.append(para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "center", 24, true, false, false));
        body.append(para("Độc lập - Tự do - Hạnh phúc", "center", 26, true, false, false));
        body.append(para(text(p, "PLACE_AND_DATE"), "center", 26, false, true, false));
        body.append("</w:tc></w:tr></w:tbl>");
        if (!text(p, "DRAFT_MARK").isEmpty()) {
            body.append(para(text(p, "DRAFT_MARK"), "center", 24, true, false, false).replace("<w:rPr>", "<w:rPr><w:color w:val=\"B3261E\"/>"));
        }
        if (!letter) {
            body.append(para(text(p, "KIND"), "center", 28, true, false, false));
            body.append(para(text(p, "TITLE"), "center", 28, true, false, false));
        }
        if (!text(p, "ADDRESSEE").isEmpty()) {
            body.append(para(text(p, "ADDRESSEE"), "center", 28, false, false, false));
        }
        if (p.containsKey("PURPOSES_LABEL")) { // a plan: its legal bases, then its three sections (plan.jrxml)
            for (String line : text(p, "LEGAL_BASES").split("\n")) {
                body.append(line.isBlank() ? "" : para(line, "both", 28, false, true, true));
            }
            for (String section : new String[] {"PURPOSES", "CONTENTS", "ORGANISATION"}) {
                body.append(para(text(p, section + "_LABEL"), "left", 28, true, false, false));
                bodyLines(body, text(p, section));
            }
        } else {
            bodyLines(body, text(p, "BODY"));
        }
        if (p.get("ANNEX_ROWS") instanceof List<?> rows) { // a periodic report's indicator table
            body.append(para(text(p, "ANNEX_TITLE"), "center", 26, true, false, false));
            annex(body, p, rows);
        }
        body.append("<w:tbl>").append(borderless(4535, 5220)).append("<w:tr><w:tc><w:tcPr><w:tcW w:w=\"4535\" w:type=\"dxa\"/></w:tcPr>");
        body.append(para(text(p, "RECIPIENTS_LABEL"), "left", 24, true, true, false));
        for (String line : text(p, "RECIPIENTS").split("\n")) {
            body.append(para(line, "left", 22, false, false, false));
        }
        body.append("</w:tc><w:tc><w:tcPr><w:tcW w:w=\"5220\" w:type=\"dxa\"/></w:tcPr>");
        body.append(para(text(p, "SIGNATURE_ON_BEHALF"), "center", 26, true, false, false));
        body.append(para(text(p, "SIGNATURE_TITLE"), "center", 26, true, false, false));
        for (int i = 0; i < 3; i++) { // room for the signature and the seal
            body.append(para("", "center", 26, false, false, false));
        }
        body.append(para(text(p, "SIGNER_NAME"), "center", 26, true, false, false));
        body.append("</w:tc></w:tr></w:tbl>");
        // the page: A4, Decree 30 margins; the first page has its own (empty) header, the others the page number
        body.append("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
                .append("<w:pgMar w:top=\"").append(MM20).append("\" w:right=\"851\" w:bottom=\"").append(MM20)
                .append("\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr>");
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W + "\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>" + body + "</w:body></w:document>";
        String header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:hdr xmlns:w=\"" + W + "\"><w:p><w:pPr><w:jc w:val=\"center\"/>"
                + "</w:pPr><w:r><w:rPr><w:sz w:val=\"26\"/></w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:rPr><w:sz w:val=\"26\"/></w:rPr>"
                + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:rPr><w:sz w:val=\"26\"/></w:rPr><w:fldChar w:fldCharType=\"end\"/>"
                + "</w:r></w:p></w:hdr>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                    + "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "<Relationship Id=\"rIdHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"" + W + "\">"
                    + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" "
                    + "w:eastAsia=\"Times New Roman\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault>"
                    + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                    + "</w:styles>");
            put(zip, "word/document.xml", document);
            put(zip, "word/header1.xml", header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Body text: a section heading ("I. …", "1. …" in capitals) bold without indent, other lines justified and indented. */
    private static void bodyLines(StringBuilder body, String text) {
        for (String line : text.split("\n", -1)) {
            boolean heading = HEADING.matcher(line).find();
            body.append(para(line, heading ? "left" : "both", 28, heading, false, !line.isBlank() && !heading));
        }
    }

    private static final Pattern HEADING = Pattern.compile("^[IVX]+\\. \\p{Lu}");

    /** The annex as a bordered table: No., indicator, unit of measure, value, as the PDF's. */
    private static void annex(StringBuilder body, Map<String, Object> p, List<?> rows) {
        int[] widths = {700, 5600, 1600, 1655};
        String[] keys = {"no", "indicator", "measure", "value"};
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"9555\" w:type=\"dxa\"/><w:tblBorders>");
        for (String edge : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            body.append("<w:").append(edge).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        body.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            body.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        body.append("</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>");
        String[] headers = {text(p, "COL_NO"), text(p, "COL_INDICATOR"), text(p, "COL_MEASURE"), text(p, "COL_VALUE")};
        for (int i = 0; i < 4; i++) {
            body.append(cell(widths[i], para(headers[i], "center", 22, true, false, false)));
        }
        body.append("</w:tr>");
        for (Object row : rows) {
            if (row instanceof Map<?, ?> m) {
                body.append("<w:tr>");
                for (int i = 0; i < 4; i++) {
                    String value = m.get(keys[i]) instanceof String v ? OutputText.clean(v) : "";
                    body.append(cell(widths[i], para(value == null ? "" : value, i == 3 ? "right" : i == 1 ? "left" : "center", 22, false, false, false)));
                }
                body.append("</w:tr>");
            }
        }
        body.append("</w:tbl>");
    }

    private static String cell(int width, String content) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/></w:tcPr>" + content + "</w:tc>";
    }

    private static String borderless(int left, int right) {
        return "<w:tblPr><w:tblW w:w=\"" + (left + right) + "\" w:type=\"dxa\"/><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/>"
                + "<w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"
                + "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"" + left + "\"/><w:gridCol w:w=\"" + right + "\"/></w:tblGrid>";
    }

    /** One paragraph; size in half-points. */
    private static String para(String text, String align, int size, boolean bold, boolean italic, boolean indent) {
        return "<w:p><w:pPr><w:jc w:val=\"" + align + "\"/>" + (indent ? "<w:spacing w:after=\"60\"/><w:ind w:firstLine=\"567\"/>" : "")
                + "</w:pPr><w:r><w:rPr>" + (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "") + "<w:sz w:val=\"" + size + "\"/><w:szCs w:val=\""
                + size + "\"/></w:rPr><w:t xml:space=\"preserve\">" + xml(text) + "</w:t></w:r></w:p>";
    }

    private static String text(Map<String, Object> p, String key) {
        @Nullable String value = p.get(key) instanceof String s ? OutputText.clean(s) : null;
        return value == null ? "" : value.strip();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
