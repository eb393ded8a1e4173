package vn.mttq.giamsat.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.PortalUser;

/**
 * The sessions of signed-in people, in the database so that every node sees them: started when
 * the sign-in is complete (password, and the second factor where needed), seen at most once a
 * minute, ended by the person (another session of theirs), by an administrator (all sessions of
 * an account), or when the session closes. A node asks at most every few seconds whether a
 * session it holds was ended elsewhere, and closes it at the person's next request.
 */
@Service
public class Sessions {

    static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    private static final Duration SEEN_EVERY = Duration.ofMinutes(1);
    private static final String CHECKED = "giamsat.session.checked";
    private static final String SEEN = "giamsat.session.seen";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Duration timeout;
    private final Clock clock = Clock.systemUTC();

    Sessions(JdbcTemplate jdbc, CurrentUser currentUser, AuditService audit,
             @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.timeout = timeout;
    }

    /** One of the person's sessions; {@code current} marks the one looking at the list. */
    public record OpenSession(long id, Instant startedAt, Instant lastSeenAt, String browser, boolean current) {
    }

    /** An account with its open sessions, for the administrators' page. */
    public record AccountSessions(long accountId, String username, String fullName, int open, SecondFactors.State secondFactor) {
    }

    static String key(String sessionId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    void started(HttpSession session, PortalUser user, HttpServletRequest request) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into account_session (session_key, account_id, started_at, last_seen_at, browser) values (?, ?, ?, ?, ?) "
                        + "on duplicate key update last_seen_at = values(last_seen_at)",
                key(session.getId()), user.accountId(), now, now, Browsers.describe(request.getHeader("User-Agent")));
        long millis = clock.millis();
        session.setAttribute(CHECKED, millis);
        session.setAttribute(SEEN, millis);
    }

    /** Whether this session was ended elsewhere; asks the database at most every few seconds (no transaction between). */
    boolean endedElsewhere(HttpSession session) {
        long now = clock.millis();
        if (session.getAttribute(CHECKED) instanceof Long checked && now - checked < CHECK_EVERY.toMillis()) {
            return false;
        }
        session.setAttribute(CHECKED, now);
        String key = key(session.getId());
        List<Boolean> ended = jdbc.queryForList("select ended_at is not null from account_session where session_key = ?", Boolean.class, key);
        if (!ended.isEmpty() && Boolean.TRUE.equals(ended.getFirst())) {
            return true;
        }
        if (!(session.getAttribute(SEEN) instanceof Long seen) || now - seen >= SEEN_EVERY.toMillis()) {
            session.setAttribute(SEEN, now);
            jdbc.update("update account_session set last_seen_at = ? where session_key = ?", Timestamp.from(clock.instant()), key);
        }
        return false;
    }

    /** The session closed (signed out, timed out): no longer listed. */
    @Transactional
    void closed(String sessionId) {
        jdbc.update("update account_session set ended_at = ?, ended_by = 'closed' where session_key = ? and ended_at is null",
                Timestamp.from(clock.instant()), key(sessionId));
    }

    /** The signed-in person's open sessions, the newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpenSession> mine(@Nullable String currentSessionId) {
        String currentKey = currentSessionId == null ? "" : key(currentSessionId);
        return jdbc.query("select id, session_key, started_at, last_seen_at, browser from account_session "
                        + "where account_id = ? and ended_at is null and last_seen_at > ? order by last_seen_at desc",
                (rs, i) -> new OpenSession(rs.getLong(1), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getString(5),
                        rs.getString(2).equals(currentKey)),
                currentUser.require().accountId(), Timestamp.from(clock.instant().minus(timeout)));
    }

    /** Ends one of the person's own sessions (another device); someone else's is refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void endMine(long sessionId) {
        PortalUser me = currentUser.require();
        if (jdbc.update("update account_session set ended_at = ?, ended_by = ? where id = ? and account_id = ? and ended_at is null",
                Timestamp.from(clock.instant()), me.username(), sessionId, me.accountId()) == 0) {
            Integer theirs = jdbc.queryForObject("select count(*) from account_session where id = ? and account_id <> ?", Integer.class,
                    sessionId, me.accountId());
            if (theirs != null && theirs > 0) {
                throw new AccessDeniedException("not the person's own session");
            }
            return;
        }
        audit.record("SESSION_ENDED", "account", me.accountId(), "own session " + sessionId);
    }

    /** Ends every session of the person but the one in use. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int endMyOthers(String currentSessionId) {
        PortalUser me = currentUser.require();
        int ended = jdbc.update("update account_session set ended_at = ?, ended_by = ? where account_id = ? and ended_at is null "
                + "and session_key <> ?", Timestamp.from(clock.instant()), me.username(), me.accountId(), key(currentSessionId));
        audit.record("SESSION_ENDED", "account", me.accountId(), "all other sessions: " + ended);
        return ended;
    }

    /** An administrator ends every session of an account (a lost laptop, a person leaving). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int endAll(long accountId) {
        int ended = jdbc.update("update account_session set ended_at = ?, ended_by = ? where account_id = ? and ended_at is null",
                Timestamp.from(clock.instant()), currentUser.require().username(), accountId);
        audit.record("SESSIONS_ENDED_BY_ADMIN", "account", accountId, String.valueOf(ended));
        return ended;
    }

    /** Accounts with their open sessions and second-factor state, for administrators; filtered by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSessions> accounts(String filter) {
        String like = "%" + filter.strip() + "%";
        return jdbc.query("select a.id, a.username, a.full_name, "
                        + "(select count(*) from account_session s where s.account_id = a.id and s.ended_at is null and s.last_seen_at > ?), "
                        + "(select case when f.confirmed_at is null then 'ENROLLING' else 'ACTIVE' end from second_factor f where f.account_id = a.id) "
                        + "from account a where a.username like ? or a.full_name like ? order by a.full_name",
                (rs, i) -> new AccountSessions(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5) == null ? SecondFactors.State.NONE : SecondFactors.State.valueOf(rs.getString(5))),
                Timestamp.from(clock.instant().minus(timeout)), like, like);
    }
}
