package vn.mttq.giamsat.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A step every request passes after the security context is known and before access is decided
 * (SecurityConfig adds each such bean to the chain): the sign-in module uses it to hold a session
 * at the second factor and to end sessions ended elsewhere, without base knowing that module.
 */
public interface SignInStep {

    /** Session attribute holding a sign-in that waits for its second factor (the sign-in page sends such a person on). */
    String PENDING_ATTRIBUTE = "giamsat.signin.pending";
    /** Where a sign-in waiting for its second factor goes. */
    String SECOND_FACTOR_ROUTE = "xac-thuc";

    void handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException;

    /** Whether a person whose password was just accepted still has a step to pass (the sign-in is audited whole only after it). */
    default boolean holdsAfterPassword(PortalUser user) {
        return false;
    }
}
