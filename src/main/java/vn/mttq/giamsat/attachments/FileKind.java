package vn.mttq.giamsat.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file the portal accepts, recognised by their content, never by their name: a
 * renamed executable is not a PDF because it says ".pdf".
 */
public enum FileKind {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JPEG("jpg", "image/jpeg"),
    PNG("png", "image/png");

    private final String extension;
    private final String mediaType;

    FileKind(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes();
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /** What the bytes are, or empty when they are none of the accepted kinds. */
    public static Optional<FileKind> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return office(content);
        }
        return Optional.empty();
    }

    /** An Office Open XML package names its main part: word/document.xml or xl/workbook.xml. */
    private static Optional<FileKind> office(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            boolean types = false;
            FileKind kind = null;
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                switch (e.getName()) {
                    case "[Content_Types].xml" -> types = true;
                    case "word/document.xml" -> kind = DOCX;
                    case "xl/workbook.xml" -> kind = XLSX;
                    default -> { }
                }
            }
            return types ? Optional.ofNullable(kind) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable zip
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
