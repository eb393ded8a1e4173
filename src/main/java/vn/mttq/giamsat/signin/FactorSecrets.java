package vn.mttq.giamsat.signin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.security.SecretVault;

/**
 * Authenticator secrets, sealed like reporters' identities (the same configured keys, their own
 * purpose): a copy of the database or a backup does not give anyone the codes of the portal's people.
 */
@Component
class FactorSecrets extends SecretVault {

    FactorSecrets(@Value("${app.identity.keys:}") String configured, @Value("${app.identity.current-key:}") String currentKey,
                  @Value("${app.identity.demo-key-file:}") String demoKeyFile, Environment environment) {
        super(configured, currentKey, demoKeyFile, environment, "second-factor");
    }

    /** The secret in the row: sealed ("key:…"), or a base32 secret stored before sealing (no colon), read as it is. */
    String secretOf(String stored) {
        return stored.indexOf(':') < 0 ? stored : open(stored);
    }
}
