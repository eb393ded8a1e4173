package vn.mttq.giamsat.signing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.register.DocumentRegister;
import vn.mttq.giamsat.register.IssuedDocument;

/**
 * What the public verify page ({@code xac-thuc-van-ban}) answers: whether a PDF's signature is intact, who
 * signed it and when, and whether it is the very file the portal issued (its checksum is kept); or,
 * for a number and symbol, what the register holds. It names the issuing unit, the date and the kind
 * of document, never a document's title or content. Each check is audited with its result only; no
 * file is kept.
 */
@Service
public class DocumentVerification {

    /** A checked file. {@code issued} is the register entry whose kept signed file this exactly is. */
    public record Verdict(boolean readable, boolean signed, boolean intact, @Nullable String signer, @Nullable String issuer,
                          @Nullable Instant signedAt, boolean timeStamped, @Nullable Entry issued) {
    }

    /** A register entry as the public may see it, with one signed file of it (a revision is another). */
    public record Entry(String symbol, long unitId, String unitName, LocalDate issuedOn, boolean signed,
                        @Nullable String sha256, @Nullable Instant signedAt, boolean demo) {
    }

    private final SignedDocuments signed;
    private final DocumentRegister register;
    private final RecipientDirectory directory;
    private final AuditService audit;

    DocumentVerification(SignedDocuments signed, DocumentRegister register, RecipientDirectory directory, AuditService audit) {
        this.signed = signed;
        this.register = register;
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional
    public Verdict verifyFile(byte[] pdf, @Nullable String clientIp) {
        SignatureCheck.Result check = SignatureCheck.check(pdf);
        Entry issued = signed.byChecksum(SignedDocuments.sha256(pdf)).map(this::entry).orElse(null);
        Verdict verdict = new Verdict(check.readable(), check.signed(), check.intact(), check.signer(), check.issuer(),
                check.signedAt(), check.timeStamped(), issued);
        audit.recordAs("anonymous", "DOCUMENT_VERIFIED", "signed-document", issued == null ? null : issued.symbol(),
                result(verdict), clientIp);
        return verdict;
    }

    @Transactional
    public List<Entry> lookUp(String symbol, @Nullable LocalDate issuedOn, @Nullable String clientIp) {
        List<Entry> found = new ArrayList<>();
        // every signed file under the symbol (a plan's revisions are files of their own, a receipt slip has no register entry)
        for (SignedDocuments.Kept k : signed.keptBySymbol(symbol)) {
            if (issuedOn == null || k.issuedOn().equals(issuedOn)) {
                found.add(entry(k));
            }
        }
        // and the register's entries not signed yet
        for (IssuedDocument d : register.bySymbol(symbol)) {
            boolean listed = found.stream().anyMatch(e -> e.unitId() == d.unitId() && e.issuedOn().equals(d.issuedOn()));
            if (!listed && (issuedOn == null || d.issuedOn().equals(issuedOn))) {
                found.add(new Entry(d.symbol(), d.unitId(), directory.unitName(d.unitId()), d.issuedOn(), false, null, null, false));
            }
        }
        audit.recordAs("anonymous", "DOCUMENT_LOOKED_UP", "signed-document", symbol.strip(),
                found.isEmpty() ? "not found" : found.size() + " found", clientIp);
        return found;
    }

    private Entry entry(SignedDocuments.Kept k) {
        return new Entry(k.symbol(), k.unitId(), directory.unitName(k.unitId()), k.issuedOn(), true, k.sha256(), k.signedAt(), k.demo());
    }

    private static String result(Verdict v) {
        if (!v.readable()) {
            return "not a PDF";
        }
        if (!v.signed()) {
            return "not signed";
        }
        return (v.intact() ? "intact" : "NOT intact") + (v.issued() != null ? ", the issued file" : ", not a kept file");
    }
}
