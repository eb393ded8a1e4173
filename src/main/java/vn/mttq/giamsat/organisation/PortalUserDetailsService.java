package vn.mttq.giamsat.organisation;

import java.time.Instant;
import vn.mttq.giamsat.base.security.Role;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.security.PortalUser;

/** Accounts in MariaDB as Spring Security users. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final LoginFailureRepository failures;
    private final LockoutPolicy policy;
    private final Clock clock = Clock.systemUTC();

    PortalUserDetailsService(AccountRepository accounts, LoginFailureRepository failures, LockoutPolicy policy) {
        this.accounts = accounts;
        this.failures = failures;
        this.policy = policy;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String key = SignInName.lookupKey(username);
        if (key == null) { // too long or not ASCII: no account can have it, and MariaDB would refuse the comparison
            return unknown(SignInName.forStorage(username, true));
        }
        Account a = accounts.findWithUnit(key).orElse(null);
        if (a == null) {
            return unknown(key);
        }
        Unit unit = a.requireUnit();
        return new PortalUser(a.getId(), a.getUsername(), a.getFullName(), a.getPasswordHash(), a.getRole(),
                unit.getId(), unit.getName(), a.isEnabled() && unit.isActive(), !a.isLockedAt(clock.instant()));
    }

    /**
     * An unknown name is answered exactly as a known one: "wrong name or password", and after as
     * many wrong tries as lock an account, "locked" for as long, so the sign-in page does not tell
     * which usernames exist.
     */
    private UserDetails unknown(String name) {
        Instant now = clock.instant();
        if (failures.countSince(name, now.minus(policy.failureWindow()).minus(policy.lockDuration())) >= policy.maxFailedAttempts()) {
            // a locked stand-in: Spring's pre-authentication check refuses it as "locked" before any password check
            return new PortalUser(-1, name, "", "{noop}-", Role.MEMBER_ORGANISATION, -1, "", true, false);
        }
        throw new UsernameNotFoundException("unknown user");
    }
}
