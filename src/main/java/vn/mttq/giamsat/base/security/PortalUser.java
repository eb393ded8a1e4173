package vn.mttq.giamsat.base.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the rest of the portal sees it: who, in which unit, in which role.
 * Built by the organisation module from an account; kept in the security context.
 */
public record PortalUser(long accountId, String username, String fullName, String passwordHash,
                         Role role, long unitId, String unitName, boolean enabled,
                         boolean accountNonLocked) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean has(Role r) {
        return role == r;
    }

    /** Never print the hash, even in logs. */
    @Override
    public String toString() {
        return "PortalUser[" + username + ", " + role + ", unit " + unitId + "]";
    }
}
