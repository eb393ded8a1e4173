package vn.mttq.giamsat.organisation;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.PortalUser;

/** Accounts in MariaDB as Spring Security users. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock = Clock.systemUTC();

    PortalUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String key = SignInName.lookupKey(username);
        if (key == null) { // too long or not ASCII: no account can have it, and MariaDB would refuse the comparison
            throw new UsernameNotFoundException("unknown user");
        }
        Account a = accounts.findWithUnit(key).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        Unit unit = a.requireUnit();
        return new PortalUser(a.getId(), a.getUsername(), a.getFullName(), a.getPasswordHash(), a.getRole(),
                unit.getId(), unit.getName(), a.isEnabled() && unit.isActive(), !a.isLockedAt(clock.instant()));
    }
}
