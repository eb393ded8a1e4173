package vn.mttq.giamsat.base.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work of the portal itself (the demo seeding) as "system": authenticated, so read-only
 * services that ask for a signed-in caller answer, but with no person, so nothing that needs a
 * person's role or scope does. The previous authentication is put back afterwards.
 */
public final class AsSystem {

    public static final String AUTHORITY = "ROLE_SYSTEM";

    private AsSystem() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
