package vn.mttq.giamsat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Decree 30/2020, Annex I, checked the way a reader's tool sees a document: every glyph's bounding box
 * inside the margins (top and bottom 20 mm, left 30 mm, right 15 mm), the page number alone at the
 * top centre from page 2 and nowhere on page 1; a Word file's page and paragraphs read back with POI.
 */
public final class OfficialLayout {

    private static final float MM = 72f / 25.4f;
    private static final float TOLERANCE = 1.5f;

    private OfficialLayout() {
    }

    /** One line of a page as PDFBox lays it out: its text and its glyphs. */
    private record Line(String text, List<TextPosition> glyphs) {
        float top() {
            return (float) glyphs.stream().mapToDouble(g -> g.getYDirAdj() - g.getHeightDir()).min().orElse(0);
        }

        float centre() {
            TextPosition first = glyphs.getFirst();
            TextPosition last = glyphs.getLast();
            return (first.getXDirAdj() + last.getXDirAdj() + last.getWidthDirAdj()) / 2;
        }
    }

    /** Asserts the layout of every page and writes page 1 at 60 dpi to target/documents/{name}-page-1.png; returns the text. */
    public static String assertPdf(byte[] bytes, String name) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                float width = pdf.getPage(page - 1).getMediaBox().getWidth();
                float height = pdf.getPage(page - 1).getMediaBox().getHeight();
                assertThat(Math.round(width / MM)).as(name + ": A4 width").isEqualTo(210);
                assertThat(Math.round(height / MM)).as(name + ": A4 height").isEqualTo(297);
                List<Line> lines = lines(pdf, page);
                for (Line line : lines) {
                    for (TextPosition g : line.glyphs()) {
                        if (g.getUnicode().isBlank()) {
                            continue;
                        }
                        String where = name + " page " + page + " \"" + line.text() + "\" glyph '" + g.getUnicode() + "'";
                        assertThat(g.getXDirAdj()).as(where + ": left margin 30 mm").isGreaterThanOrEqualTo(30 * MM - TOLERANCE);
                        assertThat(g.getXDirAdj() + g.getWidthDirAdj()).as(where + ": right margin 15 mm")
                                .isLessThanOrEqualTo(width - 15 * MM + TOLERANCE);
                        assertThat(g.getYDirAdj() - g.getHeightDir()).as(where + ": top margin 20 mm").isGreaterThanOrEqualTo(20 * MM - TOLERANCE);
                        assertThat(g.getYDirAdj()).as(where + ": bottom margin 20 mm").isLessThanOrEqualTo(height - 20 * MM + TOLERANCE);
                    }
                }
                Line first = lines.stream().min(Comparator.comparing(Line::top)).orElseThrow();
                if (page == 1) {
                    assertThat(first.text().strip()).as(name + ": no page number on page 1").doesNotMatch("\\d+");
                } else {
                    assertThat(first.text().strip()).as(name + ": page " + page + " begins with its number").isEqualTo(String.valueOf(page));
                    float column = (30 * MM + width - 15 * MM) / 2;
                    assertThat(Math.abs(first.centre() - column)).as(name + ": page number centred over the text").isLessThan(12f);
                }
            }
            Files.createDirectories(Path.of("target", "documents"));
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 60), "png", Path.of("target", "documents", name + "-page-1.png").toFile());
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static List<Line> lines(PDDocument pdf, int page) throws IOException {
        List<Line> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (!positions.isEmpty()) {
                    out.add(new Line(text, List.copyOf(positions)));
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return out;
    }

    /** Asserts a Word file's A4 page with Decree 30 margins and returns its paragraphs' text (tables' cells included). */
    public static List<String> assertDocx(byte[] bytes) throws IOException {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var section = word.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
            var margins = section.getPgMar();
            assertThat(Integer.parseInt(margins.getTop().toString())).as("top 20–25 mm").isBetween(1134, 1418);
            assertThat(Integer.parseInt(margins.getBottom().toString())).as("bottom 20–25 mm").isBetween(1134, 1418);
            assertThat(Integer.parseInt(margins.getLeft().toString())).as("left 30–35 mm").isBetween(1701, 1985);
            assertThat(Integer.parseInt(margins.getRight().toString())).as("right 15–20 mm").isBetween(850, 1134);
            List<String> out = new ArrayList<>(word.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            word.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c ->
                    c.getParagraphs().forEach(p -> out.add(p.getText())))));
            return out;
        }
    }
}
