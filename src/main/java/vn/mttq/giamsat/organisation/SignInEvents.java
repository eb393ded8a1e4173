package vn.mttq.giamsat.organisation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.infra.FeedKeys;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.security.SignInStep;
import vn.mttq.giamsat.base.text.Texts;

/**
 * Writes every sign-in to the audit log and applies the lock-out rule: after the configured
 * number of wrong passwords in the window the account is locked, so the next try is refused
 * even with the right password.
 */
@Component
class SignInEvents {

    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final AccountRepository accounts;
    private final LoginFailureRepository failures;
    private final LockoutPolicy policy;
    private final AuditService audit;
    private final Clock clock = Clock.systemUTC();

    private final Counter failedSignIns;
    private final Counter lockouts;

    private final FeedKeys keys;

    private final ObjectProvider<SignInStep> steps;

    SignInEvents(AccountRepository accounts, LoginFailureRepository failures, LockoutPolicy policy, AuditService audit, MeterRegistry meters,
                 FeedKeys keys, ObjectProvider<SignInStep> steps) {
        this.steps = steps;
        this.keys = keys;
        this.accounts = accounts;
        this.failures = failures;
        this.policy = policy;
        this.audit = audit;
        this.failedSignIns = Counter.builder("giamsat.signin.failures").description("Refused sign-ins (any reason)").register(meters);
        this.lockouts = Counter.builder("giamsat.signin.lockouts").description("Accounts locked after repeated wrong passwords")
                .register(meters);
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        // a person with a second factor has only passed the password: audited as that step, LOGIN_SUCCESS comes with the code
        boolean held = event.getAuthentication().getPrincipal() instanceof PortalUser user
                && steps.orderedStream().anyMatch(step -> step.holdsAfterPassword(user));
        if (!held) {
            failures.clear(username);
        }
        audit.recordAs(username, held ? "LOGIN_PASSWORD_ACCEPTED" : "LOGIN_SUCCESS", "account", null, null, address(event.getAuthentication()));
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String typed = String.valueOf(event.getAuthentication().getPrincipal());
        // a reason an auditor reads, not a Java class name
        String reason = Texts.vi(switch (event.getException()) {
            case LockedException locked -> "login.audit.locked";
            case DisabledException disabled -> "login.audit.disabled";
            case BadCredentialsException bad -> "login.audit.bad-credentials";
            default -> "login.audit.other";
        });
        failedSignIns.increment();
        // whatever was typed (65 characters, Vietnamese letters…) is audited, cut and cleaned for the column
        audit.recordAs(SignInName.forStorage(typed, false), "LOGIN_FAILURE", "account", null, reason,
                address(event.getAuthentication()));
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            countFailure(SignInName.forStorage(typed, true), event.getAuthentication());
        } else if (event.getException() instanceof LockedException) {
            // trying a locked account still counts for the address, never again for the account
            failures.save(new LoginFailure(SignInName.forStorage(typed, true), clock.instant(),
                    SignInThrottle.addressKey(keys, address(event.getAuthentication())), false));
        }
    }

    private void countFailure(String username, Authentication attempt) {
        Instant now = clock.instant();
        failures.save(new LoginFailure(username, now, SignInThrottle.addressKey(keys, address(attempt)), true));
        long recent = failures.countSince(username, now.minus(policy.failureWindow()));
        if (recent < policy.maxFailedAttempts()) {
            return;
        }
        accounts.findWithUnit(username).ifPresent(account -> {
            account.setLockedUntil(now.plus(policy.lockDuration()));
            failures.clear(username);
            audit.recordAs("system", "ACCOUNT_LOCKED", "account", account.getId(),
                    username + " after " + recent + " failed sign-ins", address(attempt));
            log.warn("Account {} locked after {} failed sign-ins", username, recent);
            lockouts.increment();
        });
    }

    private static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
