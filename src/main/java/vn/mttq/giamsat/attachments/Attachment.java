package vn.mttq.giamsat.attachments;

import java.time.Instant;

/**
 * A file on a record ({@code ownerType}/{@code ownerId}, as features name their records), in
 * the scope of {@code ownerUnitId}. {@code protectedRecord}: uploads and downloads are audited.
 */
public record Attachment(long id, String ownerType, String ownerId, long ownerUnitId, String fileName, FileKind kind,
                         long size, String sha256, String uploadedBy, Instant uploadedAt) {
}
