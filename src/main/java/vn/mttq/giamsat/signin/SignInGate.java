package vn.mttq.giamsat.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.security.RequestPaths;
import vn.mttq.giamsat.base.security.SignInStep;

/**
 * Every request of a session passes here once its security context is known. A sign-in whose
 * password was right but whose second factor is due is taken out of the security context and
 * kept aside in the session: the person is nobody until the code is right, and every page sends
 * them to the code page. A complete sign-in is recorded as a session ({@link Sessions}); a session
 * ended elsewhere (by the person on another device, by an administrator, on another node) is
 * closed here at its next request.
 */
@Component
class SignInGate implements SignInStep {

    static final String COMPLETE = "giamsat.signin.complete";

    private final SecondFactors secondFactors;
    private final Sessions sessions;
    private final SecurityContexts contexts;

    SignInGate(SecondFactors secondFactors, Sessions sessions, SecurityContexts contexts) {
        this.secondFactors = secondFactors;
        this.sessions = sessions;
        this.contexts = contexts;
    }

    @Override
    public boolean holdsAfterPassword(PortalUser user) {
        return secondFactors.neededAtSignIn(user);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            chain.doFilter(request, response);
            return;
        }
        Authentication auth = contexts.current();
        if (session.getAttribute(PENDING_ATTRIBUTE) instanceof Authentication waiting) {
            if (auth == null || auth instanceof AnonymousAuthenticationToken) {
                contexts.actAs(new PendingSecondFactor(waiting));
            }
            if (!sendToCodePage(request, response)) {
                chain.doFilter(request, response);
            }
            return;
        }
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                && auth.getPrincipal() instanceof PortalUser user) {
            if (session.getAttribute(COMPLETE) == null) {
                if (secondFactors.neededAtSignIn(user)) {
                    session.setAttribute(PENDING_ATTRIBUTE, auth);
                    session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                    contexts.actAs(new PendingSecondFactor(auth));
                    if (!sendToCodePage(request, response)) {
                        chain.doFilter(request, response);
                    }
                    return;
                }
                complete(session, user, request);
            } else if (sessions.endedElsewhere(session)) {
                session.invalidate();
                contexts.clear();
                if (isPageLoad(request)) {
                    response.sendRedirect(request.getContextPath() + "/login?ended");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    void complete(HttpSession session, PortalUser user, HttpServletRequest request) {
        session.setAttribute(COMPLETE, Boolean.TRUE);
        sessions.started(session, user, request);
    }

    /** A page (not the code page, not the sign-in or sign-out, not a resource) is answered by the code page. */
    private static boolean sendToCodePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = RequestPaths.of(request);
        boolean allowed = path.equals("/" + SECOND_FACTOR_ROUTE) || path.startsWith("/login") || path.startsWith("/logout")
                || path.startsWith("/VAADIN/") || path.startsWith("/aura/") || path.startsWith("/styles/") || path.startsWith("/icons/")
                || path.startsWith("/actuator/") || path.startsWith("/api/") || path.contains(".");
        if (allowed || !isPageLoad(request)) {
            return false;
        }
        response.sendRedirect(request.getContextPath() + "/" + SECOND_FACTOR_ROUTE);
        return true;
    }

    /** A browser asking for a page (not Vaadin's own requests, which carry v-r). */
    private static boolean isPageLoad(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null;
    }
}
