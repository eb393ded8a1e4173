package vn.mttq.giamsat.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.text.PortalFormats;

/**
 * Whether the people's submission page is open and its limits; an administrator changes them on
 * "Cổng gửi ý kiến" (admin/gui-y-kien), audited, with concurrent changes detected by version.
 */
@Service
public class SubmissionSettings {

    /** The page's switch and limits. */
    public record Settings(boolean enabled, int perAddressHour, int perAddressDay, int maxFiles, int maxFileMegabytes, long version) {
    }

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final CurrentUser currentUser;

    SubmissionSettings(JdbcTemplate jdbc, AuditService audit, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** Read by the public page itself, before anyone signs in. */
    @Transactional(readOnly = true)
    public Settings current() {
        return jdbc.queryForObject("""
                SELECT enabled, per_address_hour, per_address_day, max_files, max_file_megabytes, version
                FROM public_submission_setting WHERE id = 1""", (rs, n) -> new Settings(rs.getBoolean(1), rs.getInt(2), rs.getInt(3),
                rs.getInt(4), rs.getInt(5), rs.getLong(6)));
    }

    /** What came through the page: received online in the last 30 days, and of those still waiting to be classified. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int[] lastMonth() {
        LocalDate since = LocalDate.now(PortalFormats.VIETNAM).minusDays(30);
        return jdbc.queryForObject("""
                SELECT COUNT(*), COALESCE(SUM(status = 'RECEIVED'), 0) FROM feedback_case
                WHERE online = TRUE AND received_on >= ?""", (rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}, since);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Settings change(Settings wanted) {
        if (wanted.perAddressHour() < 1 || wanted.perAddressDay() < wanted.perAddressHour() || wanted.maxFiles() < 0
                || wanted.maxFiles() > 10 || wanted.maxFileMegabytes() < 1 || wanted.maxFileMegabytes() > 20) {
            throw new UserFacingException("feedback.public.settings.error");
        }
        int changed = jdbc.update("""
                UPDATE public_submission_setting SET enabled = ?, per_address_hour = ?, per_address_day = ?, max_files = ?,
                       max_file_megabytes = ?, changed_by = ?, changed_at = ?, version = version + 1
                WHERE id = 1 AND version = ?""", wanted.enabled(), wanted.perAddressHour(), wanted.perAddressDay(), wanted.maxFiles(),
                wanted.maxFileMegabytes(), currentUser.require().username(), Timestamp.from(Instant.now()), wanted.version());
        if (changed == 0) {
            throw new UserFacingException("error.concurrent-edit");
        }
        audit.record("PUBLIC_SUBMISSION_SETTINGS", "public-submission", 1, (wanted.enabled() ? "mở" : "đóng") + " | "
                + wanted.perAddressHour() + "/giờ, " + wanted.perAddressDay() + "/ngày | " + wanted.maxFiles() + " tệp, "
                + wanted.maxFileMegabytes() + " MB");
        return current();
    }
}
