package vn.mttq.giamsat.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Deliberately only insert and read: no update or delete method exists to be called. */
interface AuditLogRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where e.occurredAt >= :from and e.occurredAt < :to
              and (:text = '' or e.actor like concat('%', :text, '%') or e.action like concat('%', :text, '%')
                   or collate(e.details as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%'))
            order by e.occurredAt desc, e.id desc""")
    Slice<AuditEntry> search(String text, Instant from, Instant to, Pageable pageable);

    /** How many entries {@link #search} finds. */
    @Query("""
            select count(e) from AuditEntry e
            where e.occurredAt >= :from and e.occurredAt < :to
              and (:text = '' or e.actor like concat('%', :text, '%') or e.action like concat('%', :text, '%')
                   or collate(e.details as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%'))""")
    long countSearch(String text, Instant from, Instant to);

    List<AuditEntry> findByTargetTypeAndTargetIdInOrderByOccurredAtAscIdAsc(String targetType,
                                                                                    Collection<String> targetIds);

    long count();
}
