package vn.mttq.giamsat.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A signature's time stamp from a time-stamp authority (RFC 3161) when one is configured
 * ({@code app.signing.tsa-url}): the token over the signature value is added as an unsigned
 * attribute, which makes a PAdES B-B signature B-T. Without one, signatures are B-B.
 */
@Component
class TimeStamps {

    private final @Nullable URI authority;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final SecureRandom random = new SecureRandom();

    TimeStamps(SigningProperties properties) {
        this.authority = StringUtils.hasText(properties.tsaUrl()) ? URI.create(properties.tsaUrl().strip()) : null;
    }

    boolean configured() {
        return authority != null;
    }

    CMSSignedData add(CMSSignedData signed) throws IOException {
        if (authority == null) {
            return signed;
        }
        List<SignerInformation> stamped = new ArrayList<>();
        for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
            ASN1EncodableVector unsigned = new ASN1EncodableVector();
            unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(ASN1Primitive.fromByteArray(token(signer.getSignature())))));
            stamped.add(SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned)));
        }
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    private byte[] token(byte[] signatureValue) throws IOException {
        try {
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256,
                    MessageDigest.getInstance("SHA-256").digest(signatureValue), BigInteger.valueOf(random.nextLong()));
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(authority).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IOException("the time-stamp authority answered " + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new IOException("the time-stamp authority refused: " + response.getStatusString());
            }
            return response.getTimeStampToken().getEncoded();
        } catch (GeneralSecurityException | TSPException e) {
            throw new IOException("no time stamp: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking for a time stamp", e);
        }
    }
}
