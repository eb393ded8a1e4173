package vn.mttq.giamsat.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The embedded demo's keys (like its identity key, made once beside the data): a demo CA, and per
 * unit a certificate it issues in the unit's name, each kept as a PKCS#12 file under a password
 * generated into the same folder. They sign demo documents only; nothing trusts the demo CA.
 */
final class DemoCertificates {

    static final String ALIAS = "signer";
    private static final String CA_FILE = "demo-ca.p12";
    private static final String PASSWORD_FILE = "demo-password";
    private static final Duration VALIDITY = Duration.ofDays(10 * 365);

    private final Path dir;

    DemoCertificates(Path dir) {
        this.dir = dir;
    }

    /** The unit's demo key, made (with the CA, the first time) when it does not exist yet. */
    synchronized SigningKeys.UnitKey unit(String unitCode, String unitName) {
        try {
            char[] password = password();
            Path file = dir.resolve("unit-" + unitCode.replaceAll("[^A-Za-z0-9_-]", "_") + ".p12");
            if (!Files.exists(file)) {
                KeyStore ca = caStore(password);
                PrivateKey caKey = (PrivateKey) ca.getKey(ALIAS, password);
                X509Certificate caCert = (X509Certificate) ca.getCertificate(ALIAS);
                KeyPair pair = rsa();
                X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
                        .addRDN(BCStyle.O, "Mặt trận Tổ quốc Việt Nam (thử nghiệm)").addRDN(BCStyle.CN, unitName).build();
                X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(caCert, serial(), Date.from(Instant.now().minusSeconds(86_400)),
                        Date.from(Instant.now().plus(VALIDITY)), subject, pair.getPublic());
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                X509Certificate cert = certificate(b, caKey);
                write(file, pair.getPrivate(), password, List.of(cert, caCert));
            }
            KeyStore store = load(file, password);
            Certificate[] chain = store.getCertificateChain(ALIAS);
            return new SigningKeys.UnitKey((PrivateKey) store.getKey(ALIAS, password),
                    List.of(chain).stream().map(X509Certificate.class::cast).toList(), true, null);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("could not make the demo signing key of " + unitCode, e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the demo signing keys in " + dir, e);
        }
    }

    private KeyStore caStore(char[] password) throws IOException, GeneralSecurityException, OperatorCreationException {
        Path file = dir.resolve(CA_FILE);
        if (!Files.exists(file)) {
            KeyPair pair = rsa();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
                    .addRDN(BCStyle.O, "Cổng Giám sát 124").addRDN(BCStyle.CN, "CA thử nghiệm Cổng Giám sát 124 (không tin cậy)").build();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(), Date.from(Instant.now().minusSeconds(86_400)),
                    Date.from(Instant.now().plus(VALIDITY.multipliedBy(2))), name, pair.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            write(file, pair.getPrivate(), password, List.of(certificate(b, pair.getPrivate())));
        }
        return load(file, password);
    }

    private char[] password() throws IOException {
        Path file = dir.resolve(PASSWORD_FILE);
        if (!Files.exists(file)) {
            Files.createDirectories(dir);
            byte[] fresh = new byte[24];
            new SecureRandom().nextBytes(fresh);
            Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(fresh));
            ownerOnly(file);
        }
        return Files.readString(file).strip().toCharArray();
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE);
    }

    private static X509Certificate certificate(X509v3CertificateBuilder b, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    private static void write(Path file, PrivateKey key, char[] password, List<X509Certificate> chain)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, key, password, chain.toArray(Certificate[]::new));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".key-", ".part");
        try (OutputStream out = Files.newOutputStream(temp)) {
            store.store(out, password);
        }
        ownerOnly(temp);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply
        }
    }
}
