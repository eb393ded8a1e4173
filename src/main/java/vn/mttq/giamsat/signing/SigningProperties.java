package vn.mttq.giamsat.signing;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the units' signing keys are (docs/signing.md). Paths and passwords come from the environment,
 * never from the database.
 *
 * @param keystore     a PKCS#12 file that signs for every unit without its own (the provincial Front's key)
 * @param password     its password
 * @param units        a unit's own PKCS#12 file and password, by unit code ({@code app.signing.units.HB-LS.keystore})
 * @param pkcs11Config a SunPKCS11 configuration file for a USB token; its key signs for every unit without a file
 * @param pkcs11Pin    the token's PIN
 * @param tsaUrl       a time-stamp authority (RFC 3161); with it a signature carries a time stamp (PAdES B-T)
 * @param demoDir      where the embedded demo keeps its generated demo CA and unit certificates
 */
@ConfigurationProperties("app.signing")
record SigningProperties(@Nullable String keystore, @Nullable String password, @Nullable Map<String, UnitKeystore> units,
                         @Nullable String pkcs11Config, @Nullable String pkcs11Pin, @Nullable String tsaUrl, @Nullable Path demoDir) {

    record UnitKeystore(String keystore, String password) {
    }

    Map<String, UnitKeystore> unitKeystores() {
        return units == null ? Map.of() : units;
    }
}
