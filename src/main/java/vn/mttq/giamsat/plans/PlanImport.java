package vn.mttq.giamsat.plans;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.mttq.giamsat.attachments.FileKind;
import vn.mttq.giamsat.base.TextPolicy;
import vn.mttq.giamsat.base.UserFacingException;

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
    private static final Pattern SECTION_I = Pattern.compile("^I\\s*[.:/-]\\s*.*");
    private static final Pattern SECTION_II = Pattern.compile("^II\\s*[.:/-]\\s*.*");
    private static final Pattern SECTION_III = Pattern.compile("^III\\s*[.:/-]\\s*.*");
    private static final Pattern END = Pattern.compile("^(Nơi nhận|Trên đây là|TM\\.|T/M).*", Pattern.CASE_INSENSITIVE);

    Proposal propose(byte[] file) {
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
        String value = TextPolicy.normalise(vn.mttq.giamsat.base.OutputText.clean(text));
        if (value == null) {
            return "";
        }
        return value.codePointCount(0, value.length()) <= max ? value : value.substring(0, value.offsetByCodePoints(0, max));
    }

    /** The non-empty paragraphs of word/document.xml, in order; external entities are never resolved. */
    private static List<String> paragraphs(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.getName().equals("word/document.xml")) {
                    continue;
                }
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                NodeList ps = factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()))
                        .getElementsByTagNameNS(W, "p");
                List<String> out = new ArrayList<>();
                for (int i = 0; i < ps.getLength(); i++) {
                    NodeList texts = ((Element) ps.item(i)).getElementsByTagNameNS(W, "t");
                    StringBuilder line = new StringBuilder();
                    for (int j = 0; j < texts.getLength(); j++) {
                        line.append(texts.item(j).getTextContent());
                    }
                    String text = line.toString().replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
                    if (!text.isEmpty()) {
                        out.add(text);
                    }
                }
                return out;
            }
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new UserFacingException("plan.import.error.not-a-plan");
        }
        throw new UserFacingException("plan.import.error.not-a-plan");
    }
}
