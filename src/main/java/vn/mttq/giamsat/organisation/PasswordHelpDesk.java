package vn.mttq.giamsat.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.security.PasswordHelp;
import vn.mttq.giamsat.base.security.Role;

/**
 * Passes a forgotten-password request to the administrators whose units contain the person's unit
 * (the nearest first; the province's when no one nearer). Nothing is reset here: an administrator
 * checks who asked and resets it in admin/tai-khoan. One request per account and per address
 * each 15 minutes, so the page cannot be used to flood administrators.
 */
@Service
class PasswordHelpDesk implements PasswordHelp {

    static final Duration AGAIN_AFTER = Duration.ofMinutes(15);

    private final AccountRepository accounts;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    PasswordHelpDesk(AccountRepository accounts, AuditService audit, ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public boolean request(String username, String clientAddress) {
        String name = username == null ? "" : SignInName.forStorage(username, false);
        Timestamp since = Timestamp.from(clock.instant().minus(AGAIN_AFTER));
        Integer recent = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'PASSWORD_HELP_REQUESTED' AND occurred_at > ? "
                + "AND (client_ip = ? OR actor = ?)", Integer.class, since, clientAddress, name);
        if (recent != null && recent > 0) {
            return false;
        }
        var account = name.isEmpty() ? Optional.<Account>empty() : accounts.findWithUnit(name).filter(Account::isEnabled);
        audit.recordAs(name.isEmpty() ? "?" : name, "PASSWORD_HELP_REQUESTED", "account", account.map(Account::getId).orElse(null),
                account.isPresent() ? null : "không có tài khoản này", clientAddress);
        account.ifPresent(a -> {
            List<Recipient> admins = administratorsOver(a.getUnit());
            events.publishEvent(new PasswordHelpRequested(admins, a.getUsername(), a.getFullName(), a.getUnit().getName()));
        });
        return true;
    }

    /** Enabled administrators of the person's unit or the nearest unit above that has one. */
    private List<Recipient> administratorsOver(Unit unit) {
        List<String> path = new ArrayList<>(List.of(unit.getPath().split("/")));
        path.removeIf(String::isEmpty);
        for (int i = path.size() - 1; i >= 0; i--) {
            List<Recipient> admins = accounts.enabledInUnit(Long.parseLong(path.get(i))).stream().filter(a -> a.getRole() == Role.ADMIN)
                    .map(a -> new Recipient(a.getId(), a.getFullName(), a.getEmail())).toList();
            if (!admins.isEmpty()) {
                return admins;
            }
        }
        return List.of();
    }
}
