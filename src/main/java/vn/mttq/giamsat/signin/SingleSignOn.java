package vn.mttq.giamsat.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.security.ClientAddress;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.security.SignInMethod;

/**
 * Single sign-on through the province's identity provider (OpenID Connect, Spring Security's
 * OAuth2 client), beside the local accounts, on when a client registration is configured
 * (SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_...; docs/security.md). The person who comes back from the
 * provider is matched to an account by one claim ({@code app.security.oidc.username-claim},
 * {@code preferred_username} by default) naming the portal user name: a disabled or locked account
 * is refused like at the password form, and someone without an account is refused, never created.
 * The session then holds the same account as after a password sign-in (the second factor follows
 * where the role needs it).
 */
@Component
class SingleSignOn implements SignInMethod {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final UserDetailsService accounts;
    private final AuditService audit;
    private final ClientAddress address;
    private final SecurityContexts contexts;
    private final String claim;

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, UserDetailsService accounts, AuditService audit,
                 ClientAddress address, SecurityContexts contexts,
                 @Value("${app.security.oidc.username-claim:preferred_username}") String claim) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.audit = audit;
        this.address = address;
        this.contexts = contexts;
        this.claim = claim;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        if (registrations.getIfAvailable() == null) {
            return; // no provider configured: the password form only
        }
        http.oauth2Login(login -> login.loginPage("/login")
                .successHandler(this::signedIn)
                .failureHandler((request, response, e) -> {
                    // the provider refused, or its answer did not check out (state, signature, issuer)
                    log.warn("Single sign-on failed: {}", e.getMessage());
                    audit.recordAs("?", "SSO_FAILED", "account", null, e.getMessage(), address.current());
                    response.sendRedirect(request.getContextPath() + "/login?error&sso");
                }));
    }

    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication provided) throws IOException {
        Object value = provided.getPrincipal() instanceof OAuth2User user ? user.getAttributes().get(claim) : null;
        String name = value == null ? "" : value.toString();
        Optional<PortalUser> account = account(name);
        if (account.isEmpty()) {
            audit.recordAs(name.isBlank() ? "?" : name, "SSO_REFUSED", "account", null, "no usable account for " + claim + "=" + name,
                    address.current());
            contexts.clear();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?error&sso");
            return;
        }
        PortalUser user = account.get();
        contexts.signIn(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
        audit.recordAs(user.username(), "SIGNED_IN_SSO", "account", user.accountId(), claim + "=" + name, address.current());
        response.sendRedirect(request.getContextPath() + "/");
    }

    private Optional<PortalUser> account(String name) {
        if (name.isBlank()) {
            return Optional.empty();
        }
        try {
            UserDetails details = accounts.loadUserByUsername(name);
            return details instanceof PortalUser user && user.isEnabled() && user.isAccountNonLocked() ? Optional.of(user) : Optional.empty();
        } catch (UsernameNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
