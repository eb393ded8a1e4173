package vn.mttq.giamsat.organisation;

import java.time.Clock;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.text.SearchText;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.errors.UserFacingException;

/** Creates and maintains accounts; administrators only, except changing one's own password. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final UnitService units;
    private final DataScopeService scopes;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock = Clock.systemUTC();

    AccountService(AccountRepository accounts, UnitService units, DataScopeService scopes,
                   PasswordEncoder encoder, AuditService audit, CurrentUser currentUser) {
        this.accounts = accounts;
        this.units = units;
        this.scopes = scopes;
        this.encoder = encoder;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<Account> search(String text, Pageable pageable) {
        return accounts.search(scopes.current().pathPrefix(), SearchText.contains(text), pageable);
    }

    /** How many accounts {@link #search} finds. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String text) {
        return accounts.countSearch(scopes.current().pathPrefix(), SearchText.contains(text));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account create(Account account, String rawPassword) {
        if (account.getId() != null) {
            throw new IllegalArgumentException("create() takes a new account");
        }
        if (accounts.existsByUsername(account.getUsername())) {
            throw new UserFacingException("account.error.duplicate-username", account.getUsername());
        }
        PasswordPolicy.check(rawPassword);
        account.setUnit(units.get(account.requireUnit().getId()));
        account.setPasswordHash(encoder.encode(rawPassword), clock.instant());
        Account saved = accounts.saveAndFlush(account);
        audit.record("ACCOUNT_CREATED", "account", saved.getId(), describe(saved));
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account update(Account account) {
        if (account.getId() == null) {
            throw new IllegalArgumentException("update() takes an existing account");
        }
        if (accounts.existsByUsernameAndIdNot(account.getUsername(), account.getId())) {
            throw new UserFacingException("account.error.duplicate-username", account.getUsername());
        }
        Account current = accounts.findById(account.getId())
                .orElseThrow(() -> new UserFacingException("account.error.not-found"));
        scopes.check(current.requireUnit());
        account.setUnit(units.get(account.requireUnit().getId()));
        Account saved = accounts.saveAndFlush(account);
        audit.record("ACCOUNT_UPDATED", "account", saved.getId(), describe(saved));
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account setEnabled(long id, boolean enabled) {
        Account account = load(id);
        if (!enabled && currentUser.require().accountId() == id) {
            throw new UserFacingException("account.error.disable-self");
        }
        account.setEnabled(enabled);
        audit.record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "account", id, account.getUsername());
        return account;
    }

    /** Sets a new password and lifts a lock-out; the administrator hands the password over. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account resetPassword(long id, String rawPassword) {
        PasswordPolicy.check(rawPassword);
        Account account = load(id);
        account.setPasswordHash(encoder.encode(rawPassword), clock.instant());
        account.setLockedUntil(null);
        audit.record("ACCOUNT_PASSWORD_RESET", "account", id, account.getUsername());
        return account;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = load(currentUser.require().accountId());
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.error.current-wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new UserFacingException("password.error.same");
        }
        PasswordPolicy.check(newPassword);
        account.setPasswordHash(encoder.encode(newPassword), clock.instant());
        audit.record("PASSWORD_CHANGED", "account", account.getId(), account.getUsername());
    }

    private Account load(long id) {
        Account account = accounts.findById(id).orElseThrow(() -> new UserFacingException("account.error.not-found"));
        scopes.check(account.requireUnit());
        return account;
    }

    private static String describe(Account a) {
        return a.getUsername() + " | " + a.getFullName() + " | " + a.getRole() + " | unit " + a.requireUnit().getId()
                + (a.isEnabled() ? "" : " | disabled");
    }
}
