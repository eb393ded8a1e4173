package vn.mttq.giamsat.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.mttq.giamsat.base.errors.UserFacingException;

/**
 * The one guarded way the portal reads an uploaded Office Open XML file (a Word plan, an Excel
 * attendee list): the zip is unpacked as a stream and counted while it is read, so a small file that
 * unpacks to gigabytes (a zip bomb) is refused at the bound, not after it has filled the memory; only
 * the parts asked for are kept, each under its own bound; the XML is read without DTDs or external
 * entities (no XXE, no entity expansion).
 */
public final class OoxmlPackage {

    /** How much an import may unpack: each part kept, and everything read through the zip. */
    public record Bounds(long part, long total) {
    }

    private static final int MAX_ENTRIES = 5000;

    private OoxmlPackage() {
    }

    /**
     * The wanted parts found (absent ones are missing from the map); {@code tooBig} when a bound is
     * passed, {@code unreadable} when the file is no zip.
     */
    public static Map<String, byte[]> parts(byte[] file, Set<String> wanted, Bounds bounds, String tooBig, String unreadable) {
        Map<String, byte[]> parts = new HashMap<>();
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new UserFacingException(tooBig);
                }
                boolean keep = wanted.contains(e.getName());
                ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
                long part = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    part += n;
                    if (unpacked > bounds.total() || (keep && part > bounds.part())) {
                        throw new UserFacingException(tooBig);
                    }
                    if (out != null) {
                        out.write(buffer, 0, n);
                    }
                }
                if (out != null) {
                    parts.put(e.getName(), out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UserFacingException(unreadable);
        }
        if (entries == 0) {
            throw new UserFacingException(unreadable);
        }
        return parts;
    }

    /** A streaming reader over one part that resolves no DTD and no external entity. */
    public static XMLStreamReader xml(byte[] part) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(new ByteArrayInputStream(part));
    }
}
