package vn.mttq.giamsat.attachments;

import vn.mttq.giamsat.base.text.OutputText;
import vn.mttq.giamsat.base.text.TextPolicy;

/** A file name as people see it and download it: no folders, no characters Windows refuses, the true extension. */
final class FileNames {

    static final int MAX_BASE = 150;

    private FileNames() {
    }

    static String clean(String original, FileKind kind) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = TextPolicy.normalise(OutputText.line(name));
        name = name == null ? "" : name.replaceAll("[<>:\"|?*\\p{Cntrl}]", "_").replaceAll("^[.\\s]+", "");
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "tep-dinh-kem";
        }
        if (base.codePointCount(0, base.length()) > MAX_BASE) {
            base = base.substring(0, base.offsetByCodePoints(0, MAX_BASE));
        }
        // the extension follows what the content is, whatever the name claimed
        return base.strip() + "." + kind.extension();
    }
}
