package vn.mttq.giamsat.base.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The only place that reads the security context; everything else asks this bean. It reads
 * through the application's own holder strategy (Vaadin's session-aware one), the same one
 * method security uses, rather than the JVM-wide static holder.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy holder;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.holder = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<PortalUser> get() {
        Authentication auth = holder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
