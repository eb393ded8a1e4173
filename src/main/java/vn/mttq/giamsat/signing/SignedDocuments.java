package vn.mttq.giamsat.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.bouncycastle.asn1.x500.X500Name;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.infra.PortalAddress;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.register.DocumentRegister;
import vn.mttq.giamsat.register.IssuedDocument;

/**
 * Issued documents as signed files. The first print of a numbered document (after it is issued) is
 * rendered, signed with the issuing unit's key and kept in the attachments storage with its SHA-256;
 * every later print is that kept file, checked against its checksum. A revision of the content (a
 * plan's next version) is another edition and so another signed file; a document without a number
 * (a draft) is printed as rendered, unsigned. Each signing is audited.
 */
@Service
public class SignedDocuments {

    private static final Logger log = LoggerFactory.getLogger(SignedDocuments.class);

    /**
     * A numbered document: a register entry ({@code issuedDocumentId}), or a receipt slip numbered by
     * its receipt code (no register entry).
     */
    public record Numbered(String sourceType, String sourceId, String documentType, @Nullable Long issuedDocumentId, long unitId,
                           String symbol, LocalDate issuedOn) {

        static Numbered of(IssuedDocument d) {
            return new Numbered(d.sourceType(), d.sourceId(), d.documentType(), d.id(), d.unitId(), d.symbol(), d.issuedOn());
        }
    }

    /** A kept signed file: what the verify page shows. */
    public record Kept(String symbol, long unitId, LocalDate issuedOn, String edition, String sha256, String signer, boolean demo,
                       Instant signedAt) {
    }

    private static final String KEPT = "SELECT symbol, unit_id, issued_on, edition, sha256, signer, demo, signed_at FROM signed_document ";
    private static final RowMapper<Kept> KEPT_ROW = (rs, n) -> new Kept(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getTimestamp(8).toInstant());

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DocumentRegister register;
    private final RecipientDirectory directory;
    private final SigningKeys keys;
    private final TimeStamps timeStamps;
    private final AuditService audit;
    private final PortalAddress address;
    private final Path storage;
    private final Clock clock = Clock.systemUTC();

    SignedDocuments(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DocumentRegister register, RecipientDirectory directory,
                    SigningKeys keys, TimeStamps timeStamps, AuditService audit, PortalAddress address,
                    @Value("${app.attachments.dir}") Path attachments) {
        this.jdbc = jdbc;
        // its own transaction: documents are printed inside read-only ones, and a kept file is kept whatever follows
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.register = register;
        this.directory = directory;
        this.keys = keys;
        this.timeStamps = timeStamps;
        this.audit = audit;
        this.address = address;
        this.storage = attachments.resolve("signed");
    }

    /**
     * The document's PDF as issued. {@code render} prints it; it is called only when no signed file
     * is kept for this number and edition yet.
     */
    public byte[] issuedPdf(String sourceType, String sourceId, String documentType, String edition, Supplier<byte[]> render) {
        Optional<IssuedDocument> issued = register.latest(sourceType, sourceId, documentType);
        return issued.isEmpty() ? render.get() : numberedPdf(Numbered.of(issued.get()), edition, render);
    }

    /** The same for a document numbered outside the register (a receipt slip by its receipt code). */
    public byte[] numberedPdf(Numbered doc, String edition, Supplier<byte[]> render) {
        Optional<byte[]> kept = read(doc, edition);
        if (kept.isPresent()) {
            return kept.get();
        }
        String unitCode = directory.unitCode(doc.unitId());
        String unitName = directory.unitName(doc.unitId());
        Optional<SigningKeys.UnitKey> key = keys.forUnit(unitCode, unitName);
        if (key.isEmpty()) {
            return render.get();
        }
        RecipientDirectory.Signer who = directory.signer(doc.unitId());
        PdfSignature.Stamp stamp = new PdfSignature.Stamp(unitName,
                who.title() == null ? "CHỦ TỊCH" : who.title().toUpperCase(Texts.VIETNAMESE), who.name(),
                ZonedDateTime.now(clock.withZone(PortalFormats.VIETNAM)), doc.symbol(), verifyUrl(doc), key.get().demo());
        byte[] signed;
        try {
            signed = PdfSignature.sign(render.get(), key.get(), stamp, timeStamps);
        } catch (IOException e) {
            log.error("Signing {} failed", doc.symbol(), e);
            throw new UserFacingException("signing.error.sign");
        }
        X509Certificate certificate = key.get().certificate();
        return keep(doc, edition, signed, SignatureCheck.commonName(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded())),
                certificate.getSerialNumber().toString(16), key.get().demo());
    }

    /** The verify page's address for a document: the QR code on it leads there. */
    String verifyUrl(Numbered doc) {
        return address.of("xac-thuc-van-ban") + "?so=" + URLEncoder.encode(doc.symbol(), StandardCharsets.UTF_8)
                + "&ngay=" + doc.issuedOn();
    }

    /** The kept signed files under a number and symbol, newest first (a plan's revisions are several). */
    List<Kept> keptBySymbol(String symbol) {
        return jdbc.query(KEPT + "WHERE symbol = ? ORDER BY signed_at DESC LIMIT 20", KEPT_ROW, symbol.strip());
    }

    /** The kept signed file whose checksum this is, if the portal issued it. */
    Optional<Kept> byChecksum(String sha256) {
        return jdbc.query(KEPT + "WHERE sha256 = ?", KEPT_ROW, sha256).stream().findFirst();
    }

    private Optional<byte[]> read(Numbered doc, String edition) {
        List<String[]> row = jdbc.query("""
                SELECT storage_key, sha256 FROM signed_document
                WHERE source_type = ? AND source_id = ? AND document_type = ? AND edition = ?""",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, doc.sourceType(), doc.sourceId(), doc.documentType(), edition);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(storage.resolve(row.getFirst()[0]));
            if (!sha256(bytes).equals(row.getFirst()[1])) {
                log.error("The kept signed file {} does not match its checksum", row.getFirst()[0]);
                throw new UserFacingException("signing.error.changed");
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            log.error("The kept signed file {} cannot be read", row.getFirst()[0], e);
            throw new UserFacingException("signing.error.missing");
        }
    }

    private byte[] keep(Numbered doc, String edition, byte[] signed, String signer, String serial, boolean demo) {
        String key = doc.issuedOn().getYear() + "/" + UUID.randomUUID() + ".pdf";
        String sha = sha256(signed);
        write(storage.resolve(key), signed);
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.update("""
                        INSERT INTO signed_document (source_type, source_id, document_type, edition, issued_document_id, unit_id,
                                                     symbol, issued_on, storage_key, sha256, size_bytes, signer, certificate_serial,
                                                     demo, signed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6))""",
                        doc.sourceType(), doc.sourceId(), doc.documentType(), edition, doc.issuedDocumentId(), doc.unitId(),
                        doc.symbol(), doc.issuedOn(), key, sha, signed.length, signer, serial, demo);
                audit.record("DOCUMENT_SIGNED", doc.sourceType(), doc.sourceId(),
                        doc.symbol() + " | " + signer + " | " + sha + (demo ? " | demo" : ""));
            });
            return signed;
        } catch (DuplicateKeyException signedMeanwhile) {
            // two first prints at once: the other one's file is the issued one
            delete(storage.resolve(key));
            return read(doc, edition).orElseThrow();
        }
    }

    private static void write(Path target, byte[] bytes) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".signed-", ".part");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the signed file " + target, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not remove {}", file, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Register entries that have no signed file yet, oldest first (the demo signs them after start-up). */
    public List<IssuedDocument> unsigned() {
        return jdbc.queryForList("""
                SELECT d.id FROM issued_document d
                WHERE NOT EXISTS (SELECT 1 FROM signed_document s WHERE s.issued_document_id = d.id)
                ORDER BY d.id""", Long.class).stream().map(register::byId).flatMap(Optional::stream).toList();
    }

    /** Whether issued documents are signed with the demo keys (the sign-in page's footer says so). */
    public boolean demoSigned() {
        return keys.demoSigned();
    }
}
