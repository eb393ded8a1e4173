package vn.mttq.giamsat;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Puts a demo account into the security context, as a successful form login would. Sets both
 * this application's holder strategy and the JVM-wide one: other Spring contexts started in the
 * same test JVM (the restart test) replace the JVM-wide strategy.
 */
@Component
public class SignIn {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy holder;

    SignIn(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.users = users;
        this.holder = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public UserDetails as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        holder.getContext().setAuthentication(auth);
        SecurityContextHolder.getContext().setAuthentication(auth);
        return user;
    }

    public void signOut() {
        holder.clearContext();
        SecurityContextHolder.clearContext();
    }
}
