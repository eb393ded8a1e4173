package vn.mttq.giamsat.signin;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.ClientAddress;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.infra.NoExternalDatabase;

/**
 * The second factor: who must have one, enrolment (a secret shown as a QR code, confirmed by a
 * first code, then ten recovery codes shown once), the check at sign-in (a code is accepted once
 * only; a recovery code once only), and an administrator's reset for a person who lost both.
 * Required for the roles in {@code app.security.second-factor.required-roles}: by default
 * administrators with an external database; nobody in the embedded demo, whose accounts anyone
 * may try. Anyone may enrol of their own accord (the Standing Committee is asked to).
 */
@Service
public class SecondFactors {

    static final int RECOVERY_CODES = 10;
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final ClientAddress address;
    private final Set<Role> requiredRoles;
    private final String issuer;
    private final Totp totp = new Totp();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    private final ApplicationEventPublisher events;
    private final FactorSecrets sealed;

    SecondFactors(JdbcTemplate jdbc, PasswordEncoder encoder, AuditService audit, ClientAddress address, Environment environment,
                  @Value("${app.security.second-factor.required-roles:#{null}}") String configuredRoles,
                  @Value("${app.security.second-factor.issuer:Giám sát 124}") String issuer,
                  ApplicationEventPublisher events, FactorSecrets sealed) {
        this.events = events;
        this.sealed = sealed;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.address = address;
        this.issuer = issuer;
        String configured = configuredRoles != null ? configuredRoles : environment.getProperty("GIAMSAT_SECOND_FACTOR_ROLES");
        String roles = configured != null ? configured
                : NoExternalDatabase.in(environment) ? "" : "ADMIN";
        this.requiredRoles = Arrays.stream(roles.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    public enum State { NONE, ENROLLING, ACTIVE }

    public record Status(State state, boolean required, int recoveryCodesLeft) {
    }

    /** What the person's authenticator app needs, once. */
    public record Enrolment(String secret, String uri, String qrDataUrl) {
    }

    public boolean required(PortalUser user) {
        return requiredRoles.contains(user.role());
    }

    /** Whether this person's sign-in goes on to a code (required for the role, or enrolled of their own accord). */
    @Transactional(readOnly = true)
    public boolean neededAtSignIn(PortalUser user) {
        return required(user) || state(user.accountId()) == State.ACTIVE;
    }

    @Transactional(readOnly = true)
    public Status status(PortalUser user) {
        Integer left = jdbc.queryForObject("select count(*) from recovery_code where account_id = ? and used_at is null",
                Integer.class, user.accountId());
        return new Status(state(user.accountId()), required(user), left == null ? 0 : left);
    }

    private State state(long accountId) {
        List<Boolean> confirmed = jdbc.queryForList("select confirmed_at is not null from second_factor where account_id = ?",
                Boolean.class, accountId);
        return confirmed.isEmpty() ? State.NONE : Boolean.TRUE.equals(confirmed.getFirst()) ? State.ACTIVE : State.ENROLLING;
    }

    /** A new secret for the person (replacing one not yet confirmed); an active one must be reset first. */
    @Transactional
    public Enrolment begin(PortalUser user) {
        if (state(user.accountId()) == State.ACTIVE) {
            throw new UserFacingException("second-factor.error.already-active");
        }
        String secret = totp.newSecret();
        jdbc.update("delete from second_factor where account_id = ?", user.accountId());
        jdbc.update("insert into second_factor (account_id, secret, last_step) values (?, ?, 0)", user.accountId(), sealed.seal(secret));
        String uri = Totp.uri(issuer, user.username(), secret);
        return new Enrolment(secret, uri, QrCode.svgDataUrl(uri));
    }

    /** The first code from the app confirms the enrolment; returns the recovery codes, shown once. */
    @Transactional
    public List<String> confirm(PortalUser user, String code) {
        Map<String, Object> row = pending(user.accountId())
                .orElseThrow(() -> new UserFacingException("second-factor.error.not-enrolling"));
        OptionalLong step = totp.matchingStep(sealed.secretOf((String) row.get("secret")), code, clock.instant());
        if (step.isEmpty()) {
            throw new UserFacingException("second-factor.error.wrong-code");
        }
        jdbc.update("update second_factor set confirmed_at = ?, last_step = ? where account_id = ?",
                Timestamp.from(clock.instant()), step.getAsLong(), user.accountId());
        record(user, "SECOND_FACTOR_ENROLLED", null);
        return newRecoveryCodesFor(user);
    }

    private Optional<Map<String, Object>> pending(long accountId) {
        return jdbc.queryForList("select secret from second_factor where account_id = ? and confirmed_at is null", accountId)
                .stream().findFirst();
    }

    /**
     * Checks a code at sign-in: a code from the app (each accepted once: a step at or before the
     * last one accepted is refused, even if right), or an unused recovery code, then spent.
     */
    @Transactional
    public boolean verify(PortalUser user, String code) {
        List<String> secrets = jdbc.queryForList("select secret from second_factor where account_id = ? and confirmed_at is not null",
                String.class, user.accountId());
        if (secrets.isEmpty()) {
            return false;
        }
        // locked by wrong passwords or codes (organisation's lock-out): not even the right code opens it until the lock ends
        if (Boolean.TRUE.equals(jdbc.queryForObject("select coalesce(locked_until > ?, false) from account where id = ?", Boolean.class,
                Timestamp.from(clock.instant()), user.accountId()))) {
            record(user, "SECOND_FACTOR_REFUSED", "account locked");
            return false;
        }
        OptionalLong step = totp.matchingStep(sealed.secretOf(secrets.getFirst()), code, clock.instant());
        if (step.isPresent()) {
            // one statement decides: two requests with the same code cannot both pass
            boolean fresh = jdbc.update("update second_factor set last_step = ? where account_id = ? and last_step < ?",
                    step.getAsLong(), user.accountId(), step.getAsLong()) == 1;
            if (!fresh) {
                record(user, "SECOND_FACTOR_REFUSED", "code already used");
                countAgainstAccount(user);
            } else {
                signedIn(user, "authenticator code");
            }
            return fresh;
        }
        String normalised = code.strip().toUpperCase().replace(" ", "");
        if (normalised.length() == 9 && normalised.charAt(4) == '-') {
            for (Map<String, Object> r : jdbc.queryForList("select id, code_hash from recovery_code where account_id = ? and used_at is null",
                    user.accountId())) {
                if (encoder.matches(normalised, (String) r.get("code_hash"))
                        && jdbc.update("update recovery_code set used_at = ? where id = ? and used_at is null",
                        Timestamp.from(clock.instant()), r.get("id")) == 1) {
                    record(user, "SECOND_FACTOR_RECOVERY_USED", null);
                    signedIn(user, "recovery code");
                    return true;
                }
            }
        }
        record(user, "SECOND_FACTOR_REFUSED", "wrong code");
        countAgainstAccount(user);
        return false;
    }

    /** Until now only the password step was audited (LOGIN_PASSWORD_ACCEPTED); the sign-in is whole with the code. */
    private void signedIn(PortalUser user, String how) {
        record(user, "LOGIN_SUCCESS", "second factor: " + how);
    }

    /**
     * A wrong code counts like a wrong password toward the account's lock and its address's count, across
     * sign-ins (five wrong codes end one attempt; a new password would otherwise buy five more). Told as
     * Spring Security's own failure, which the lock-out already follows.
     */
    private void countAgainstAccount(PortalUser user) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(user.username(), null);
        attempt.setDetails(new WebAuthenticationDetails(address.current(), null));
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
                new BadCredentialsException("wrong second-factor code")));
    }

    /** Ten new recovery codes for the signed-in person (the old ones stop working). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> renewRecoveryCodes(PortalUser user) {
        if (state(user.accountId()) != State.ACTIVE) {
            throw new UserFacingException("second-factor.error.not-active");
        }
        record(user, "SECOND_FACTOR_RECOVERY_RENEWED", null);
        return newRecoveryCodesFor(user);
    }

    private List<String> newRecoveryCodesFor(PortalUser user) {
        jdbc.update("delete from recovery_code where account_id = ?", user.accountId());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 8; c++) {
                code.append(c == 4 ? "-" : "").append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            codes.add(code.toString());
        }
        jdbc.batchUpdate("insert into recovery_code (account_id, code_hash) values (?, ?)",
                codes.stream().map(c -> new Object[] {user.accountId(), encoder.encode(c)}).toList());
        return codes;
    }

    /** The person turns their own second factor off, where the role does not require it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void turnOffOwn(PortalUser user) {
        if (required(user)) {
            throw new UserFacingException("second-factor.error.required");
        }
        remove(user.accountId());
        record(user, "SECOND_FACTOR_REMOVED", null);
    }

    /** An administrator clears a person's second factor (lost phone and codes): they enrol again at their next sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reset(long accountId) {
        remove(accountId);
        audit.record("SECOND_FACTOR_RESET", "account", accountId, null);
    }

    private void remove(long accountId) {
        jdbc.update("delete from recovery_code where account_id = ?", accountId);
        jdbc.update("delete from second_factor where account_id = ?", accountId);
    }

    private void record(PortalUser user, String action, @Nullable String details) {
        audit.recordAs(user.username(), action, "account", user.accountId(), details, address.current());
    }

    /** The current code for a secret: tests use it, as an authenticator app would. */
    String currentCode(String secret) {
        return totp.codeAt(secret, clock.instant());
    }

    /** Seals the secrets stored in clear before sealing existed (at every start; a sealed row is left alone, so two nodes agree). */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public int sealStoredInClear() {
        int sealedNow = 0;
        for (Map<String, Object> row : jdbc.queryForList("select account_id, secret from second_factor where secret not like '%:%'")) {
            sealedNow += jdbc.update("update second_factor set secret = ? where account_id = ? and secret = ?",
                    sealed.seal((String) row.get("secret")), row.get("account_id"), row.get("secret"));
        }
        return sealedNow;
    }
}
