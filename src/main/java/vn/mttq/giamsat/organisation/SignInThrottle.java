package vn.mttq.giamsat.organisation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.mttq.giamsat.base.infra.FeedKeys;
import vn.mttq.giamsat.base.security.RequestPaths;

/**
 * Slows down an address that tries many account names: when more than
 * {@code app.security.max-names-per-address} different names failed from one client address within
 * the lock-out window, its next sign-ins are refused before any password is checked (back to the
 * sign-in page, which says why) until the window has passed. A single account's wrong passwords
 * are the lock-out's business ({@link SignInEvents}). Counted in the database, so every node agrees.
 */
class SignInThrottle extends OncePerRequestFilter {

    static final String ADDRESS_FEED = "sign-in";

    private final LoginFailureRepository failures;
    private final LockoutPolicy policy;
    private final FeedKeys keys;

    SignInThrottle(LoginFailureRepository failures, LockoutPolicy policy, FeedKeys keys) {
        this.failures = failures;
        this.policy = policy;
        this.keys = keys;
    }

    /** The address as it is kept: a keyed hash, never the address itself. */
    static @Nullable String addressKey(FeedKeys keys, @Nullable String address) {
        return address == null || address.isBlank() ? null : keys.key(ADDRESS_FEED + ":" + address, 0);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/login".equals(RequestPaths.of(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = addressKey(keys, request.getRemoteAddr());
        if (key != null && failures.namesFromAddressSince(key, Instant.now().minus(policy.failureWindow())) > policy.maxNamesPerAddress()) {
            response.sendRedirect(request.getContextPath() + "/login?error&throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
