package vn.mttq.giamsat.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.attachments.FileKind;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.OutputText;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.reports.OoxmlPackage;

/**
 * Reads a plan written in Word the usual way (Decree 30 layout: "KẾ HOẠCH", its title, the legal
 * bases, then "I." purposes, "II." contents, "III." organisation, "Nơi nhận") and proposes its
 * parts, so nobody retypes a plan that already exists; the person corrects the draft it becomes.
 */
@Component
class PlanImport {

    /** What the document seems to say, part by part. */
    record Proposal(String title, String legalBases, String purposes, String contents, String organisation) {
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String DOCUMENT = "word/document.xml";
    /** Largest Word file accepted for an import (a plan of many pages with a few pictures fits). */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** A plan's text part stays far under 10 MB unpacked; pictures and the rest under 60 MB together. */
    private static final OoxmlPackage.Bounds BOUNDS = new OoxmlPackage.Bounds(10L * 1024 * 1024, 60L * 1024 * 1024);
    private static final Pattern SECTION_I = Pattern.compile("^I\\s*[.:/-]\\s*.*");
    private static final Pattern SECTION_II = Pattern.compile("^II\\s*[.:/-]\\s*.*");
    private static final Pattern SECTION_III = Pattern.compile("^III\\s*[.:/-]\\s*.*");
    private static final Pattern END = Pattern.compile("^(Nơi nhận|Trên đây là|TM\\.|T/M).*", Pattern.CASE_INSENSITIVE);

    Proposal propose(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new UserFacingException("plan.import.error.too-big");
        }
        if (FileKind.of(file).orElse(null) != FileKind.DOCX) {
            throw new UserFacingException("plan.import.error.not-docx");
        }
        List<String> lines = paragraphs(file);
        int kind = indexOf(lines, Pattern.compile("^K[ẾE] HO[ẠA]CH$", Pattern.CASE_INSENSITIVE), 0);
        int one = indexOf(lines, SECTION_I, Math.max(kind, 0));
        int two = indexOf(lines, SECTION_II, Math.max(one, 0));
        int three = indexOf(lines, SECTION_III, Math.max(two, 0));
        if (kind < 0 || one < 0 || two < 0 || three < 0) {
            throw new UserFacingException("plan.import.error.not-a-plan");
        }
        int end = indexOf(lines, END, three);
        end = end < 0 ? lines.size() : end;
        // the title runs from "KẾ HOẠCH" to the first line that cites a basis, a separator or section I
        int titleEnd = kind + 1;
        while (titleEnd < one && !lines.get(titleEnd).matches("^(Căn cứ|Thực hiện|-{3,}).*")) {
            titleEnd++;
        }
        String title = String.join(" ", lines.subList(kind + 1, titleEnd));
        List<String> bases = lines.subList(titleEnd, one).stream().filter(l -> !l.matches("^-{3,}$")).toList();
        return new Proposal(clean(title, Plan.TITLE_MAX), clean(String.join("\n", bases), Plan.LEGAL_BASES_MAX),
                clean(String.join("\n", lines.subList(one + 1, two)), Plan.SECTION_MAX),
                clean(String.join("\n", lines.subList(two + 1, three)), Plan.SECTION_MAX),
                clean(String.join("\n", lines.subList(three + 1, end)), Plan.SECTION_MAX));
    }

    private static int indexOf(List<String> lines, Pattern pattern, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Text that fits the field: what a stray control character or an over-long part would break is left out. */
    private static String clean(String text, int max) {
        String value = TextPolicy.normalise(OutputText.clean(text));
        if (value == null) {
            return "";
        }
        return value.codePointCount(0, value.length()) <= max ? value : value.substring(0, value.offsetByCodePoints(0, max));
    }

    /** The non-empty paragraphs of word/document.xml, in order, read as a stream under the package's bounds. */
    private static List<String> paragraphs(byte[] docx) {
        byte[] document = OoxmlPackage.parts(docx, Set.of(DOCUMENT), BOUNDS, "plan.import.error.too-big", "plan.import.error.not-a-plan")
                .get(DOCUMENT);
        if (document == null) {
            throw new UserFacingException("plan.import.error.not-a-plan");
        }
        try {
            XMLStreamReader r = OoxmlPackage.xml(document);
            List<String> out = new ArrayList<>();
            StringBuilder line = null;
            while (r.hasNext()) {
                int event = r.next();
                boolean word = (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) && W.equals(r.getNamespaceURI());
                if (word && event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("p")) {
                    line = new StringBuilder();
                } else if (word && event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("t") && line != null) {
                    line.append(r.getElementText());
                } else if (word && event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("p") && line != null) {
                    String text = line.toString().replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
                    if (!text.isEmpty()) {
                        out.add(text);
                    }
                    line = null;
                }
            }
            return out;
        } catch (XMLStreamException | RuntimeException e) {
            throw new UserFacingException("plan.import.error.not-a-plan");
        }
    }
}
