package vn.mttq.giamsat.notifications;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByAccountIdAndReadAtIsNull(long accountId);

    List<Notification> findTop20ByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

    @Query("select n from Notification n where n.accountId = :accountId and n.readAt is null order by n.createdAt desc, n.id desc")
    List<Notification> unread(long accountId, Pageable limit);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.accountId = :accountId and n.readAt is null")
    int markAllRead(long accountId, Instant at);

    @Query("select distinct n.accountId from Notification n where n.digestPending = true")
    List<Long> accountsWithDigest();

    List<Notification> findByAccountIdAndDigestPendingTrueOrderByCreatedAt(long accountId);
}

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {
}

interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    /** The mail with its row locked until the transaction ends: two nodes never send it both. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutgoingMail m where m.id = :id")
    Optional<OutgoingMail> lockForDelivery(long id);

    @Query("select m from OutgoingMail m where m.status = vn.mttq.giamsat.notifications.OutgoingMail.Status.PENDING and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<OutgoingMail> due(Instant now, Pageable pageable);

    @Query("select m from OutgoingMail m where m.status <> vn.mttq.giamsat.notifications.OutgoingMail.Status.SENT order by m.createdAt desc")
    Slice<OutgoingMail> unsent(Pageable pageable);

    @Query("select count(m) from OutgoingMail m where m.status <> vn.mttq.giamsat.notifications.OutgoingMail.Status.SENT")
    long countUnsent();
}
