package vn.mttq.giamsat.signin;

import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.mttq.giamsat.base.security.PortalUser;

/**
 * A person whose password was right and whose second factor is still to come. To everything in
 * the portal (views, services, Vaadin's access checks) this is nobody, an anonymous visitor; only
 * the second-factor page looks inside for the account to check the code against.
 */
final class PendingSecondFactor extends AnonymousAuthenticationToken {

    private final Authentication signedIn;

    PendingSecondFactor(Authentication signedIn) {
        super("second-factor-pending", signedIn.getName(), List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));
        this.signedIn = signedIn;
    }

    Authentication signedIn() {
        return signedIn;
    }

    PortalUser user() {
        return (PortalUser) signedIn.getPrincipal();
    }
}
