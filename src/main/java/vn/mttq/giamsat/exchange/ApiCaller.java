package vn.mttq.giamsat.exchange;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Another system signed in by its token for one API call: authenticated (read-only services that
 * ask for a signed-in caller answer) but no person, so nothing that needs a person's role or
 * scope does; its scope is the token's unit subtree.
 */
final class ApiCaller extends AbstractAuthenticationToken {

    private final long tokenId;
    private final String name;
    private final long scopeUnitId;

    ApiCaller(ApiToken token) {
        super(List.of(new SimpleGrantedAuthority("ROLE_API")));
        this.tokenId = token.getId();
        this.name = token.getName();
        this.scopeUnitId = token.getUnitId();
        setAuthenticated(true);
    }

    long tokenId() {
        return tokenId;
    }

    long scopeUnitId() {
        return scopeUnitId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return "api:" + name;
    }
}
