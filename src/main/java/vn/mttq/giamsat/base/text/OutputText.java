package vn.mttq.giamsat.base.text;

import org.jspecify.annotations.Nullable;

/**
 * The one place that makes text fit an output format, whatever was stored (a value may predate
 * the input policy, or come from a database edited by hand). XML-based documents (XLSX, DOCX),
 * PDF, JSON, iCalendar and mail cannot carry control characters other than tab and line breaks,
 * lone surrogates or noncharacters: they are removed. Bidirectional overrides and isolates are
 * removed too, so "exe.fdp" cannot pose as "pdf.exe" in a document. Escaping proper (XML, JSON,
 * iCalendar) stays with the format's writer: Jasper, Jackson, ical4j.
 */
public final class OutputText {

    private OutputText() {
    }

    public static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean drop = (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
                    || (width == 1 && Character.isSurrogate((char) c))
                    || TextPolicy.isNoncharacter(c) || TextPolicy.isBidiControl(c);
            if (drop && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && out != null) {
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    /** {@link #clean} for one-line places (an iCalendar summary, a mail subject): line breaks and tabs become spaces. */
    public static @Nullable String line(@Nullable String text) {
        String value = clean(text);
        return value == null ? null : value.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
