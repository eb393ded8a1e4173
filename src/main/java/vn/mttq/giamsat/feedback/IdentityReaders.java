package vn.mttq.giamsat.feedback;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.errors.UserFacingException;

/**
 * The leaders the Standing Committee names who, besides each case's handler, may reveal a
 * reporter (docs/domain.md, "Confidentiality"). Only the Standing Committee (role LEADER) names
 * them, and only among Front leaders and staff; administrators neither name nor read. Audited.
 */
@Service
public class IdentityReaders {

    /** A named reader, or a candidate. */
    public record Reader(long accountId, String fullName, String unitName, boolean named) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;

    IdentityReaders(JdbcTemplate jdbc, CurrentUser currentUser, AuditService audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Front leaders and staff who could be named, with whether they are. */
    @PreAuthorize("hasRole('LEADER')")
    @Transactional(readOnly = true)
    public List<Reader> candidates() {
        return jdbc.query("""
                SELECT a.id, a.full_name, u.short_name, r.account_id IS NOT NULL
                FROM account a JOIN unit u ON u.id = a.unit_id LEFT JOIN identity_reader r ON r.account_id = a.id
                WHERE a.enabled AND a.role IN ('LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')
                ORDER BY u.path, a.full_name""",
                (rs, n) -> new Reader(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
    }

    @PreAuthorize("hasRole('LEADER')")
    @Transactional
    public void set(long accountId, boolean named) {
        Reader who = candidates().stream().filter(r -> r.accountId() == accountId).findFirst()
                .orElseThrow(() -> new UserFacingException("feedback.readers.not-candidate"));
        if (named) {
            jdbc.update("INSERT IGNORE INTO identity_reader (account_id, named_by, named_at) VALUES (?, ?, UTC_TIMESTAMP(6))",
                    accountId, currentUser.require().username());
        } else {
            jdbc.update("DELETE FROM identity_reader WHERE account_id = ?", accountId);
        }
        audit.record(named ? "IDENTITY_READER_NAMED" : "IDENTITY_READER_REMOVED", "account", accountId, who.fullName());
    }
}
