package vn.mttq.giamsat.base.security;

import vn.mttq.giamsat.base.errors.ApiErrors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in form posted from another site (login CSRF: a foreign page signing a victim
 * into the attacker's account). The sign-in form is a plain HTML post that carries no CSRF token,
 * so its origin is checked instead: browsers send {@code Origin} (and {@code Sec-Fetch-Site}) on
 * every POST, and the portal's own page posts from its own origin.
 */
class SameOriginSignIn extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !"/login".equals(RequestPaths.of(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(request)) {
            ApiErrors.write(request, response, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equals(fetchSite) || "same-site".equals(fetchSite)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false; // not a browser's cross-site post: browsers always send Origin on POST
        }
        String host = request.getHeader("Host");
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host == null || !host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return true; // "null" or garbage: not our page
        }
    }
}
