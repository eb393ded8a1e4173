package vn.mttq.giamsat.feedback;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.feedback.CaseService.Identity;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.text.TextPolicy;

import static vn.mttq.giamsat.feedback.CaseService.SOURCE_TYPE;

/**
 * The reporter's identity: only the case's handler and the leaders the Standing Committee names
 * ({@code identity_reader}) open it, one case at a time, with a reason; the reveal and a refused
 * attempt are audited, never the identity.
 */
@Service
public class CaseIdentities {

    private final CaseService reading;
    private final IdentityVault vault;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final JdbcTemplate jdbc;

    CaseIdentities(CaseService reading, IdentityVault vault, CurrentUser currentUser, AuditService audit, JdbcTemplate jdbc) {
        this.reading = reading;
        this.vault = vault;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The case's handler, or a leader the Standing Committee named; nobody else, administrators included. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayReveal(FeedbackCase c) {
        if (c.isAnonymous()) {
            return false;
        }
        PortalUser user = currentUser.require();
        boolean handler = c.getHandlerAccountId() != null && c.getHandlerAccountId() == user.accountId();
        boolean named = Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM identity_reader WHERE account_id = ?",
                Boolean.class, user.accountId()));
        return reading.isVisible(c) && (handler || named);
    }

    /**
     * Opens the reporter's identity of one case, with a reason; the reveal (not the identity) is
     * audited, and so is a refused attempt (the refusal does not roll its record back).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public Identity reveal(long id, String reason) {
        FeedbackCase c = reading.get(id);
        if (!mayReveal(c)) {
            audit.record("IDENTITY_REVEAL_REFUSED", SOURCE_TYPE, id, c.getReceiptCode());
            throw new AccessDeniedException("only the handler and the named leaders reveal a reporter");
        }
        String why = TextPolicy.requireFilled(reason, 500, false, "feedback.error.reveal-reason");
        audit.record("IDENTITY_REVEALED", SOURCE_TYPE, id, c.getReceiptCode() + " | " + why);
        return new Identity(vault.open(c.sealedName()), vault.open(c.sealedAddress()), vault.open(c.sealedPhone()),
                vault.open(c.sealedIdNumber()));
    }
}
