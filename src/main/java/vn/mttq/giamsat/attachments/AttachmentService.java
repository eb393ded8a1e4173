package vn.mttq.giamsat.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.organisation.UnitService;

/**
 * The one way files get onto records and back. A file is read once into memory (at most the
 * configured size), recognised by its content, stored under a random key outside the database
 * with its SHA-256; a refused file, or a transaction that rolls back, leaves neither a row nor a
 * file behind.
 */
@Service
@EnableConfigurationProperties(AttachmentProperties.class)
public class AttachmentService {

    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

    /** The bytes of a file with its record, for a download. */
    public record Download(Attachment attachment, byte[] content) {
    }

    private final JdbcTemplate jdbc;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final AttachmentProperties properties;
    private final List<AttachmentAccess> accesses;
    private final Clock clock = Clock.systemUTC();

    AttachmentService(JdbcTemplate jdbc, UnitService units, CurrentUser currentUser, AuditService audit,
                      AttachmentProperties properties, List<AttachmentAccess> accesses) {
        this.jdbc = jdbc;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.properties = properties;
        this.accesses = accesses;
    }

    public long maxBytes() {
        return properties.maxSize().toBytes();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Attachment attach(String ownerType, String ownerId, long ownerUnitId, boolean protectedRecord, String fileName,
                             InputStream content) {
        units.get(ownerUnitId); // the record's unit must be in the uploader's scope
        return keep(ownerType, ownerId, ownerUnitId, protectedRecord, fileName, read(content, maxBytes()), currentUser.require().username());
    }

    /**
     * A file sent with a record made by a public page (no one signed in): the page that made the
     * record decides who may send it; the limit here is that page's, never above the portal's.
     * The file is recognised by content like any other and goes with the record's transaction.
     */
    @Transactional
    public Attachment attachSubmitted(String ownerType, String ownerId, long ownerUnitId, String fileName, InputStream content,
                                      long limitBytes, String submittedBy) {
        return keep(ownerType, ownerId, ownerUnitId, true, fileName, read(content, Math.min(limitBytes, maxBytes())), submittedBy);
    }

    private Attachment keep(String ownerType, String ownerId, long ownerUnitId, boolean protectedRecord, String fileName, byte[] bytes,
                            String by) {
        FileKind kind = FileKind.of(bytes).orElseThrow(() -> new UserFacingException("attachment.error.type"));
        String name = FileNames.clean(fileName, kind);
        String sha = sha256(bytes);
        Instant now = clock.instant();
        String key = now.atZone(ZoneOffset.UTC).getYear() + "/" + UUID.randomUUID();
        Path target = store(key, bytes);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    delete(target); // the row is gone with the rollback: so goes the file
                }
            }
        });
        jdbc.update("""
                INSERT INTO attachment (owner_type, owner_id, owner_unit_id, protected_record, file_name, kind, size_bytes,
                                        sha256, storage_key, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                ownerType, ownerId, ownerUnitId, protectedRecord, name, kind.name(), bytes.length, sha, key, by,
                Timestamp.from(now));
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        String details = name + " | " + kind + " | " + bytes.length + " B | " + sha;
        if (currentUser.get().isPresent()) {
            audit.record("ATTACHMENT_UPLOADED", ownerType, ownerId, details);
        } else {
            audit.recordAs(by, "ATTACHMENT_UPLOADED", ownerType, ownerId, details, null); // a public page: no address kept
        }
        return new Attachment(id, ownerType, ownerId, ownerUnitId, name, kind, bytes.length, sha, by, now);
    }

    /** The files of a record the person may read, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Attachment> list(String ownerType, String ownerId) {
        List<Attachment> files = jdbc.query("SELECT " + COLUMNS + " FROM attachment WHERE owner_type = ? AND owner_id = ? ORDER BY id",
                ROW, ownerType, ownerId);
        files.forEach(this::checkRead);
        return files;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Download open(long id) {
        Attachment file = jdbc.query("SELECT " + COLUMNS + " FROM attachment WHERE id = ?", ROW, id).stream().findFirst()
                .orElseThrow(() -> new UserFacingException("attachment.error.not-found"));
        checkRead(file);
        String key = jdbc.queryForObject("SELECT storage_key FROM attachment WHERE id = ?", String.class, id);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(properties.dir().resolve(key));
        } catch (IOException e) {
            throw new UserFacingException("attachment.error.missing");
        }
        if (!sha256(bytes).equals(file.sha256())) {
            throw new UserFacingException("attachment.error.changed");
        }
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT protected_record FROM attachment WHERE id = ?", Boolean.class, id))) {
            audit.record("ATTACHMENT_DOWNLOADED", file.ownerType(), file.ownerId(), file.fileName());
        }
        return new Download(file, bytes);
    }

    private void checkRead(Attachment file) {
        boolean granted = accesses.stream().anyMatch(a -> a.ownerType().equals(file.ownerType()) && a.mayRead(file.ownerId()));
        if (!granted) {
            units.get(file.ownerUnitId()); // refuses (AccessDeniedException) outside the person's scope
        }
    }

    private byte[] read(InputStream content, long limit) {
        try (content) {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new UserFacingException("attachment.error.too-big", Math.max(1, limit / (1024 * 1024)));
            }
            if (bytes.length == 0) {
                throw new UserFacingException("attachment.error.empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path store(String key, byte[] bytes) {
        try {
            Path target = properties.dir().resolve(key);
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".part");
            Files.write(temp, bytes);
            return Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a full or read-only volume: the person is told, the record's transaction rolls back
            log.error("Cannot store an attachment under {}: {}", properties.dir(), e.toString());
            throw new UserFacingException("attachment.error.storage");
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an orphan file costs disk space only; it is never listed without its row
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String COLUMNS =
            "id, owner_type, owner_id, owner_unit_id, file_name, kind, size_bytes, sha256, uploaded_by, uploaded_at";
    private static final RowMapper<Attachment> ROW = (rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getLong(4), rs.getString(5), FileKind.valueOf(rs.getString(6)), rs.getLong(7), rs.getString(8), rs.getString(9),
            rs.getTimestamp(10).toInstant());
}
