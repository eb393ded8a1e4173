package vn.mttq.giamsat.feedback;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.security.SecretVault;

/** Reporters' identities, sealed with the configured identity keys ({@link SecretVault}). */
@Component
public class IdentityVault extends SecretVault {

    IdentityVault(@Value("${app.identity.keys:}") String configured, @Value("${app.identity.current-key:}") String currentKey,
                  @Value("${app.identity.demo-key-file:}") String demoKeyFile, Environment environment) {
        super(configured, currentKey, demoKeyFile, environment, "");
    }
}
