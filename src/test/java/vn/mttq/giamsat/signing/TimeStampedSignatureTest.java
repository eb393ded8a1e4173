package vn.mttq.giamsat.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.mttq.giamsat.base.text.PortalFormats;

/**
 * With a time-stamp authority configured, a signature carries its RFC 3161 token (PAdES B-T). The
 * authority here is a real one over HTTP, made in the test with Bouncy Castle's generator.
 */
class TimeStampedSignatureTest {

    @TempDir Path keys;

    @Test
    void a_configured_authority_stamps_the_signature() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        HttpServer tsa = timeStampAuthority(asked);
        try {
            String url = "http://127.0.0.1:" + tsa.getAddress().getPort() + "/tsa";
            TimeStamps stamps = new TimeStamps(new SigningProperties(null, null, null, null, null, url, null));
            SigningKeys.UnitKey key = new DemoCertificates(keys).unit("HB-T", "Ủy ban MTTQ thử nghiệm");
            byte[] signed = PdfSignature.sign(SignedDocumentsTest.blankPdf(), key, new PdfSignature.Stamp("Ủy ban MTTQ thử nghiệm",
                    "CHỦ TỊCH", null, ZonedDateTime.now(PortalFormats.VIETNAM), "01/KH-MTTQ", "http://localhost/xac-thuc-van-ban?so=01", true), stamps);

            assertThat(asked).hasValue(1);
            SignatureCheck.Result result = SignatureCheck.check(signed);
            assertThat(result.intact()).isTrue();
            assertThat(result.timeStamped()).as("PAdES B-T").isTrue();
            assertThat(result.signer()).isEqualTo("Ủy ban MTTQ thử nghiệm");
            assertThat(SignedDocumentsTest.pdfsig(signed)).contains("Signature is Valid");
        } finally {
            tsa.stop(0);
        }
    }

    @Test
    void without_an_authority_the_signature_has_no_time_stamp() throws Exception {
        TimeStamps none = new TimeStamps(new SigningProperties(null, null, null, null, null, null, null));
        SigningKeys.UnitKey key = new DemoCertificates(keys).unit("HB-T", "Ủy ban MTTQ thử nghiệm");
        byte[] signed = PdfSignature.sign(SignedDocumentsTest.blankPdf(), key, new PdfSignature.Stamp("Ủy ban MTTQ thử nghiệm",
                "CHỦ TỊCH", null, ZonedDateTime.now(PortalFormats.VIETNAM), "01/KH-MTTQ", "http://localhost/xac-thuc-van-ban?so=01", true), none);
        assertThat(SignatureCheck.check(signed).intact()).isTrue();
        assertThat(SignatureCheck.check(signed).timeStamped()).isFalse();
    }

    /** An RFC 3161 authority on loopback: a certificate for time stamping, and Bouncy Castle's token generator. */
    private static HttpServer timeStampAuthority(AtomicInteger asked) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        X500Name name = new X500Name("CN=TSA thử nghiệm,C=VN");
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(7), Date.from(Instant.now().minusSeconds(3600)),
                Date.from(Instant.now().plusSeconds(86_400)), name, pair.getPublic());
        builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA",
                pair.getPrivate(), certificate), new JcaDigestCalculatorProviderBuilder().build().get(
                new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(certificate)));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, Set.of(TSPAlgorithms.SHA256));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            try {
                asked.incrementAndGet();
                TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                byte[] answer = responses.generate(request, BigInteger.valueOf(System.nanoTime()), new Date()).getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return server;
    }
}
