package vn.mttq.giamsat.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a PDF's signatures the way a verifier does: each signature's CMS must verify over the bytes
 * its range names, with the certificate it carries; the last one must cover the whole file (nothing
 * was appended after signing). Whether the signer is trusted is a separate question: the result says
 * who signed and which authority issued the certificate.
 */
final class SignatureCheck {

    /** What a check found; {@code intact} only when every signature verifies and the last covers the file. */
    record Result(boolean readable, boolean signed, boolean intact, @Nullable String signer, @Nullable String issuer,
                  @Nullable Instant signedAt, boolean timeStamped) {

        static Result unreadable() {
            return new Result(false, false, false, null, null, null, false);
        }
    }

    private SignatureCheck() {
    }

    static Result check(byte[] file) {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(file);
        } catch (IOException notPdf) {
            return Result.unreadable();
        }
        try (doc) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new Result(true, false, false, null, null, null, false);
            }
            boolean intact = true;
            String signer = null;
            String issuer = null;
            Instant at = null;
            boolean stamped = false;
            int coveredTo = 0;
            for (PDSignature signature : signatures) {
                int[] range = signature.getByteRange();
                coveredTo = Math.max(coveredTo, range[2] + range[3]);
                // the value is zero-padded to its reserved size: read one ASN.1 object, not the whole field
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(file)),
                        new ByteArrayInputStream(signature.getContents(file)));
                SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> certificates = cms.getCertificates().getMatches(info.getSID());
                if (certificates.isEmpty()) {
                    intact = false;
                    continue;
                }
                X509CertificateHolder certificate = certificates.iterator().next();
                intact &= verifies(info, certificate);
                signer = commonName(certificate.getSubject());
                issuer = commonName(certificate.getIssuer());
                at = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
                stamped = info.getUnsignedAttributes() != null
                        && info.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null;
            }
            return new Result(true, true, intact && coveredTo == file.length, signer, issuer, at, stamped);
        } catch (IOException | CMSException | RuntimeException damaged) {
            // a signature whose value or range cannot be read: a changed byte inside it does this
            return new Result(true, true, false, null, null, null, false);
        }
    }

    private static boolean verifies(SignerInformation info, X509CertificateHolder certificate) {
        try {
            return info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException | OperatorCreationException | CertificateException e) {
            return false; // the digest of the signed bytes no longer matches, or the value is damaged
        }
    }

    static String commonName(X500Name name) {
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}
