package vn.mttq.giamsat.signing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Signs a printed document as PAdES (ETSI.CAdES.detached, baseline B-B; B-T with a time-stamp
 * authority): first the visible block is drawn where Decree 30/2020, Annex I puts the signature
 * (between the signer's title and name on the last page, else at the foot of the last page) with a QR
 * code that leads to the verify page; then the whole file, block included, is signed in an
 * incremental update, so a changed byte anywhere breaks the signature.
 */
final class PdfSignature {

    /** What the visible block says (Decree 30, Annex I: the organisation, the time in ISO 8601 with the zone). */
    record Stamp(String organisation, String signerTitle, @Nullable String signerName, ZonedDateTime at, String symbol,
                 String verifyUrl, boolean demo) {
    }

    private static final float WIDTH = 215;
    private static final float HEIGHT = 46;
    private static final Color SEAL_RED = new Color(0xC0, 0x1F, 0x1F);
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private PdfSignature() {
    }

    static byte[] sign(byte[] pdf, SigningKeys.UnitKey key, Stamp stamp, TimeStamps timeStamps) throws IOException {
        byte[] stamped = stamp(pdf, stamp);
        try (PDDocument doc = Loader.loadPDF(stamped); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(stamp.organisation());
            signature.setReason("Ký số văn bản " + stamp.symbol());
            signature.setContactInfo(stamp.verifyUrl());
            signature.setSignDate(GregorianCalendar.from(stamp.at()));
            // room for the chain and, with a time-stamp authority, its token and certificates
            options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 4);
            doc.addSignature(signature, content -> cms(content, key, timeStamps), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stamped.length + 40_000);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** The CMS signature of the byte ranges: SHA-256, the signing-certificate-v2 attribute, no signing-time (PAdES uses /M). */
    private static byte[] cms(InputStream content, SigningKeys.UnitKey key, TimeStamps timeStamps) throws IOException {
        try {
            String algorithm = key.key().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            JcaContentSignerBuilder builder = new JcaContentSignerBuilder(algorithm);
            if (key.provider() != null) {
                builder.setProvider(key.provider());
            }
            ContentSigner signer = builder.build(key.key());
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(certificateHash)}))));
            CMSAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            CMSAttributeTableGenerator withoutTime = parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(withoutTime).build(signer, key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return timeStamps.add(signed).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("the document could not be signed: " + e.getMessage(), e);
        }
    }

    /** Draws the block (and its QR code) on the last page, as ordinary page content that the signature then covers. */
    static byte[] stamp(byte[] pdf, Stamp stamp) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int last = doc.getNumberOfPages() - 1;
            PDPage page = doc.getPage(last);
            PDRectangle box = place(doc, last, page.getMediaBox(), stamp);
            PDType0Font font;
            try (InputStream ttf = PdfSignature.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
                if (ttf == null) {
                    throw new IOException("the font liberation/LiberationSerif-Regular.ttf is not on the class path");
                }
                font = PDType0Font.load(doc, ttf);
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.setStrokingColor(SEAL_RED);
                cs.setLineWidth(0.8f);
                cs.addRect(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
                cs.stroke();
                float qr = box.getHeight() - 6;
                drawQr(cs, stamp.verifyUrl(), box.getLowerLeftX() + 3, box.getLowerLeftY() + 3, qr);
                cs.beginText();
                cs.setNonStrokingColor(SEAL_RED);
                cs.setFont(font, 7.2f);
                cs.newLineAtOffset(box.getLowerLeftX() + qr + 8, box.getUpperRightY() - 10);
                for (String line : lines(stamp)) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -8.6f);
                }
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 20_000);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> lines(Stamp stamp) {
        List<String> lines = new ArrayList<>();
        lines.add("Ký bởi: " + fit(stamp.organisation(), 46));
        lines.add(fit(stamp.signerTitle() + (stamp.signerName() == null || stamp.signerName().isBlank() ? "" : ": " + stamp.signerName()), 52));
        lines.add("Thời gian ký: " + ISO_TIME.format(stamp.at()));
        lines.add(stamp.demo() ? "Chữ ký thử nghiệm (demo), không có giá trị pháp lý" : "Kiểm tra: quét mã QR hoặc trang xác thực");
        return lines;
    }

    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static void drawQr(PDPageContentStream cs, String url, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IOException("the QR code could not be drawn", e);
        }
        float cell = size / matrix.getWidth();
        cs.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    cs.addRect(x + col * cell, y + (matrix.getHeight() - 1 - row) * cell, cell, cell);
                }
            }
        }
        cs.fill();
    }

    /**
     * The block's place on the last page: above the signer's name when it is printed (the space left
     * for the signature), else below the signer's title, else at the foot of the page on the right.
     */
    private static PDRectangle place(PDDocument doc, int pageIndex, PDRectangle media, Stamp stamp) throws IOException {
        Lines lines = new Lines();
        lines.setStartPage(pageIndex + 1);
        lines.setEndPage(pageIndex + 1);
        lines.getText(doc);
        Lines.Line name = stamp.signerName() == null || stamp.signerName().isBlank() ? null : lines.lastEqualTo(stamp.signerName());
        Lines.Line title = lines.lastEqualTo(stamp.signerTitle());
        float centre;
        float bottom;
        if (name != null) {
            centre = name.centre();
            bottom = media.getHeight() - name.baseline() + name.height() + 2;
        } else if (title != null) {
            centre = title.centre();
            bottom = media.getHeight() - title.baseline() - 6 - HEIGHT;
        } else {
            centre = media.getWidth() - 40 - WIDTH / 2;
            bottom = 50;
        }
        float left = Math.max(20, Math.min(media.getWidth() - 20 - WIDTH, centre - WIDTH / 2));
        return new PDRectangle(left, Math.max(20, bottom), WIDTH, HEIGHT);
    }

    /** The lines of text on a page with where they stand (top-based baselines, as PDFBox reads them). */
    private static final class Lines extends PDFTextStripper {

        record Line(String text, float left, float right, float baseline, float height) {
            float centre() {
                return (left + right) / 2;
            }
        }

        private final List<Line> found = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty()) {
                return;
            }
            float left = Float.MAX_VALUE;
            float right = 0;
            float height = 0;
            for (TextPosition p : positions) {
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                height = Math.max(height, p.getHeightDir());
            }
            found.add(new Line(text.strip(), left, right, positions.getFirst().getYDirAdj(), height));
        }

        @Nullable Line lastEqualTo(String text) {
            String wanted = text.strip();
            Line match = null;
            for (Line l : found) {
                if (l.text().equalsIgnoreCase(wanted)) {
                    match = l;
                }
            }
            return match;
        }
    }
}
