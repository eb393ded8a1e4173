package vn.mttq.giamsat.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Who the current request is, through the application's holder strategy (Vaadin's, as
 * base.CurrentUser uses): for this request only (a sign-in waiting for its code), or kept in the
 * session (a sign-in completed by the second factor or by single sign-on).
 */
@Component
class SecurityContexts {

    private final SecurityContextHolderStrategy holder;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SecurityContexts(ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.holder = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Nullable Authentication current() {
        return holder.getContext().getAuthentication();
    }

    /** For this request only. */
    void actAs(Authentication authentication) {
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
    }

    /** For this request and the session's next ones. */
    void signIn(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        actAs(authentication);
        sessions.saveContext(holder.getContext(), request, response);
    }

    void clear() {
        holder.clearContext();
    }
}
