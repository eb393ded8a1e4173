package vn.mttq.giamsat.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.plans.PlanDocument;
import vn.mttq.giamsat.register.DocumentIssued;
import vn.mttq.giamsat.register.DocumentRegister;
import vn.mttq.giamsat.plans.PlanService;
import vn.mttq.giamsat.reports.ReportFormat;

/**
 * Issue 26: an issued plan is signed once with its unit's (demo) key, kept, and served as that same
 * file; Poppler's pdfsig, a verifier this project did not write, finds the signature valid and names
 * the signer; one changed byte makes both pdfsig and the portal's check say it is not intact.
 */
@SpringBootTest
@Import(SignIn.class)
class SignedDocumentsTest {

    @Autowired SignedDocuments signed;
    @Autowired DocumentVerification verification;
    @Autowired PlanDocument plans;
    @Autowired RecipientDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void an_issued_plan_is_signed_once_and_an_outside_verifier_finds_it_valid() throws Exception {
        signIn.as("lanhdao");
        long planId = Long.parseLong(jdbc.queryForObject(
                "select source_id from issued_document where source_type = 'plan' order by id limit 1", String.class));
        long unitId = jdbc.queryForObject("select unit_id from issued_document where source_type = 'plan' and source_id = ?",
                Long.class, String.valueOf(planId));
        String symbol = jdbc.queryForObject("select symbol from issued_document where source_type = 'plan' and source_id = ?",
                String.class, String.valueOf(planId));
        // the plan's own print: the issued plan's PDF is signed once and kept; a second print is that same file
        byte[] first = plans.render(planId, ReportFormat.PDF);
        assertThat(plans.render(planId, ReportFormat.PDF)).as("a document issued once is not signed twice").isEqualTo(first);
        String sha = SignedDocuments.sha256(first);
        assertThat(jdbc.queryForObject("select count(*) from signed_document where sha256 = ?", Integer.class, sha)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'DOCUMENT_SIGNED' and details like ?",
                Integer.class, symbol + " |%" + sha + "%")).isEqualTo(1);
        // a kept edition is served without printing again
        AtomicInteger renders = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            signed.issuedPdf(PlanService.SOURCE_TYPE, String.valueOf(planId), "KH", "test-1", () -> {
                renders.incrementAndGet();
                return blankPdf();
            });
        }
        assertThat(renders).hasValue(1);

        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/signed-plan.pdf"), first); // to look at
        String unitName = directory.unitName(unitId);
        String report = pdfsig(first);
        assertThat(report).contains("Signature is Valid").contains("Signer Certificate Common Name: " + unitName)
                .contains("ETSI.CAdES.detached");

        var verdict = verification.verifyFile(first, "127.0.0.1");
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.signer()).isEqualTo(unitName);
        assertThat(verdict.issued()).isNotNull();
        assertThat(verdict.issued().symbol()).isEqualTo(symbol);

        byte[] altered = first.clone();
        int at = indexOf(altered, "/Contents") / 2; // a byte of the signed page content, inside the signed range
        altered[at] = (byte) (altered[at] ^ 0x01);
        assertThat(pdfsig(altered)).doesNotContain("Signature is Valid");
        var broken = verification.verifyFile(altered, "127.0.0.1");
        assertThat(broken.signed()).isTrue();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.issued()).as("not the file the portal issued").isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'DOCUMENT_VERIFIED'", Integer.class))
                .isGreaterThanOrEqualTo(2);

        // a revision is a new signed document
        byte[] revision = signed.issuedPdf(PlanService.SOURCE_TYPE, String.valueOf(planId), "KH", "test-2", SignedDocumentsTest::blankPdf);
        assertThat(revision).isNotEqualTo(first);
        assertThat(SignatureCheck.check(revision).intact()).isTrue();
    }

    @Autowired DocumentPrinters printers;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> holder;
    @Autowired DocumentRegister register;

    @Test
    void a_document_is_signed_in_the_background_once_it_is_issued() throws Exception {
        signIn.as("lanhdao");
        long id = jdbc.queryForObject("select min(id) from issued_document where document_type = 'CV' and source_type = 'supervision'", Long.class);
        var letter = register.byId(id).orElseThrow();
        jdbc.update("delete from signed_document where issued_document_id = ?", id); // as if just issued
        new SignAtIssue(printers, holder, true).issued(new DocumentIssued(letter));
        long deadline = System.currentTimeMillis() + 30_000;
        while (jdbc.queryForObject("select count(*) from signed_document where issued_document_id = ?", Integer.class, id) == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject("select count(*) from signed_document where issued_document_id = ?", Integer.class, id))
                .as("signed without anyone printing it").isEqualTo(1);
    }

    @Test
    void a_draft_is_printed_unsigned() {
        signIn.as("lanhdao");
        byte[] draft = "%PDF-draft".getBytes(StandardCharsets.US_ASCII);
        assertThat(signed.issuedPdf(PlanService.SOURCE_TYPE, "999999", "KH", "1", () -> draft)).isSameAs(draft);
    }

    /** A one-page PDF with no signer's lines: the block goes to the foot of the page. */
    static byte[] blankPdf() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] bytes, String text) {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int i = all.indexOf(text);
        assertThat(i).isPositive();
        return i;
    }

    /** Poppler's verdict on a file; under CI a missing pdfsig is a failure, elsewhere the test is skipped. */
    static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        Path exe = Path.of("/usr/bin/pdfsig");
        if (!Files.isExecutable(exe)) {
            if (System.getenv("CI") != null) {
                fail("pdfsig (Debian package poppler-utils) is missing; .ci/with-tools installs it");
            }
            assumeTrue(false, "pdfsig is not installed");
        }
        Path file = Files.createTempFile("signed-", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder(exe.toString(), "-nocert", file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
