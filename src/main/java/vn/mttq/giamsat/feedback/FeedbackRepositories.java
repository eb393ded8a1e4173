package vn.mttq.giamsat.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackCaseRepository extends JpaRepository<FeedbackCase, Long> {

    Optional<FeedbackCase> findByReceiptCode(String receiptCode);

    /**
     * Cases followed by the given units (the person's subtree, or a member organisation's own),
     * with a state, a kind, a channel, a handler, due by a day, received in a period and words in
     * the subject or content; the newest first.
     */
    @Query("""
            select c from FeedbackCase c
            where c.followingUnitId in :units
              and (:status is null or c.status = :status)
              and (:kind is null or c.kind = :kind)
              and (:channel is null or c.channel = :channel)
              and (:handler = 0 or c.handlerAccountId = :handler)
              and (:dueBy is null or (c.status = vn.mttq.giamsat.feedback.CaseStatus.AWAITING_ANSWER and c.dueDate <= :dueBy))
              and c.receivedOn between :from and :to
              and (:text = '' or collate(c.subjectName as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%')
                   or collate(c.content as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%')
                   or c.receiptCode = :code)
            order by c.receivedOn desc, c.id desc""")
    Slice<FeedbackCase> visible(Collection<Long> units, @Nullable CaseStatus status, @Nullable CaseKind kind, @Nullable Channel channel,
                                long handler, @Nullable LocalDate dueBy, LocalDate from, LocalDate to, String text, String code,
                                Pageable pageable);
}
