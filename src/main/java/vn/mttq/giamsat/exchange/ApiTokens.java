package vn.mttq.giamsat.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * API tokens: issued by an administrator for one system with a unit subtree and a last day,
 * shown once and kept only as a SHA-256 hash (a token is 32 random bytes, so a fast hash is
 * enough: there is nothing to guess from it), revocable at once; every call is logged.
 */
@Service
public class ApiTokens {

    /** A token's longest life: a year, then the administrator issues a new one. */
    public static final int MAX_DAYS = 366;
    static final String PREFIX = "gs124_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just issued: the only time its secret is known. */
    public record Issued(ApiToken token, String secret) {
    }

    private final ApiTokenRepository tokens;
    private final JdbcTemplate jdbc;
    private final RecipientDirectory directory;
    private final CurrentUser currentUser;
    private final AuditService audit;

    ApiTokens(ApiTokenRepository tokens, JdbcTemplate jdbc, RecipientDirectory directory, CurrentUser currentUser, AuditService audit) {
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Issued issue(String name, long unitId, LocalDate expiresOn) {
        String clean = TextPolicy.requireFilled(name, ApiToken.NAME_MAX, false, "api.token.error.name");
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        if (expiresOn.isBefore(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw new UserFacingException("api.token.error.expiry", String.valueOf(MAX_DAYS));
        }
        if (directory.unitName(unitId).isEmpty()) {
            throw new UserFacingException("api.token.error.unit");
        }
        Issued issued = create(clean, unitId, expiresOn, currentUser.require().username());
        audit.record("API_TOKEN_ISSUED", "api-token", issued.token().getId(), clean + " · " + directory.unitName(unitId)
                + " · " + PortalFormats.date(expiresOn));
        return issued;
    }

    /** The demo's read-only token for the whole province, made while seeding (no one is signed in). */
    @Transactional
    public Issued issueWhileSeeding(String name, long unitId, LocalDate expiresOn) {
        if (currentUser.get().isPresent()) {
            throw new AccessDeniedException("seeding tokens are issued by the system only");
        }
        return create(name, unitId, expiresOn, "system");
    }

    private Issued create(String name, long unitId, LocalDate expiresOn, String by) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(name, hash(secret), secret.substring(0, PREFIX.length() + 4), unitId, expiresOn, by,
                Instant.now()));
        return new Issued(token, secret);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revoke(long id) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> new UserFacingException("api.token.error.not-found"));
        if (token.getRevokedAt() == null) {
            token.revoke(Instant.now());
            audit.record("API_TOKEN_REVOKED", "api-token", id, token.getName());
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiToken> all() {
        return tokens.findAllByOrderByCreatedAtDesc();
    }

    /** Calls of a token, newest first, for the administrator. */
    public record Call(Instant at, String method, String path, int status) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Call> calls(long tokenId, int limit) {
        return jdbc.query("SELECT called_at, method, path, status FROM api_call WHERE token_id = ? ORDER BY called_at DESC LIMIT ?",
                (rs, n) -> new Call(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getInt(4)), tokenId, limit);
    }

    /** The token a secret belongs to, whatever its state (the caller tells expired and revoked apart). */
    @Transactional(readOnly = true)
    public Optional<ApiToken> find(String secret) {
        return secret.startsWith(PREFIX) ? tokens.findByTokenHash(hash(secret)) : Optional.empty();
    }

    /** Logs one call (its own transaction: the call's answer must not depend on the log). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void logCall(@Nullable Long tokenId, String method, String path, int status) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO api_call (token_id, called_at, method, path, status) VALUES (?, ?, ?, ?, ?)", tokenId, now, method,
                path.length() > 300 ? path.substring(0, 300) : path, status);
        if (tokenId != null) {
            jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", now, tokenId);
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
