package vn.mttq.giamsat.signing;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.mttq.giamsat.base.infra.NoExternalDatabase;

/**
 * The key a unit signs with, in this order: the unit's own PKCS#12 file ({@code app.signing.units.<code>}),
 * a PKCS#11 token through the JDK's SunPKCS11 provider (the USB tokens Vietnamese signers carry; the
 * entry named by the unit's code, else the token's first key), the shared PKCS#12 file
 * ({@code app.signing.keystore}), and with the embedded database the generated demo keys. With an
 * external database and none of these, documents are printed unsigned (and the log says so once).
 */
@Component
class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    /** A key with its certificate first, then the chain up to the root. */
    record UnitKey(PrivateKey key, List<X509Certificate> chain, boolean demo, @Nullable Provider provider) {
        X509Certificate certificate() {
            return chain.getFirst();
        }
    }

    private final SigningProperties properties;
    private final @Nullable DemoCertificates demo;
    private final Map<String, Optional<UnitKey>> loaded = new ConcurrentHashMap<>();

    SigningKeys(SigningProperties properties, Environment environment) {
        this.properties = properties;
        boolean embedded = NoExternalDatabase.in(environment);
        Path dir = properties.demoDir() == null ? Path.of(System.getProperty("user.home"), ".giamsat124", "signing") : properties.demoDir();
        this.demo = embedded ? new DemoCertificates(dir) : null;
    }

    /** Whether documents are signed with the generated demo keys (the sign-in page says so). */
    boolean demoSigned() {
        return demo != null && properties.unitKeystores().isEmpty() && !StringUtils.hasText(properties.keystore())
                && !StringUtils.hasText(properties.pkcs11Config());
    }

    Optional<UnitKey> forUnit(String unitCode, String unitName) {
        return loaded.computeIfAbsent(unitCode, code -> {
            Optional<UnitKey> key = load(code, unitName);
            if (key.isEmpty()) { // once per unit: the answer is kept
                log.warn("No signing key for unit {}: its documents are printed unsigned (docs/signing.md)", code);
            }
            return key;
        });
    }

    private Optional<UnitKey> load(String unitCode, String unitName) {
        try {
            SigningProperties.UnitKeystore own = properties.unitKeystores().get(unitCode);
            if (own != null) {
                return Optional.of(fromFile(Path.of(own.keystore()), own.password()));
            }
            if (StringUtils.hasText(properties.pkcs11Config())) {
                return Optional.of(fromToken(unitCode));
            }
            if (StringUtils.hasText(properties.keystore())) {
                return Optional.of(fromFile(Path.of(properties.keystore()), properties.password()));
            }
            return demo == null ? Optional.empty() : Optional.of(demo.unit(unitCode, unitName));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The signing key of unit " + unitCode + " could not be opened: " + e.getMessage(), e);
        }
    }

    private static UnitKey fromFile(Path file, @Nullable String password) throws IOException, GeneralSecurityException {
        char[] pass = password == null ? new char[0] : password.toCharArray();
        KeyStore store = DemoCertificates.load(file, pass);
        return first(store, null, pass, null);
    }

    private UnitKey fromToken(String unitCode) throws IOException, GeneralSecurityException {
        Provider provider = Security.getProvider("SunPKCS11").configure(properties.pkcs11Config());
        Security.addProvider(provider);
        char[] pin = properties.pkcs11Pin() == null ? new char[0] : properties.pkcs11Pin().toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        store.load(null, pin);
        return first(store, store.isKeyEntry(unitCode) ? unitCode : null, pin, provider);
    }

    private static UnitKey first(KeyStore store, @Nullable String alias, char[] password, @Nullable Provider provider)
            throws GeneralSecurityException {
        for (String a : alias != null ? List.of(alias) : Collections.list(store.aliases())) {
            if (store.isKeyEntry(a)) {
                Certificate[] chain = store.getCertificateChain(a);
                return new UnitKey((PrivateKey) store.getKey(a, password),
                        List.of(chain).stream().map(X509Certificate.class::cast).toList(), false, provider);
            }
        }
        throw new GeneralSecurityException("the key store holds no private key");
    }
}
