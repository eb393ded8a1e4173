package vn.mttq.giamsat.feedback;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackCaseRepository extends JpaRepository<FeedbackCase, Long> {

    Optional<FeedbackCase> findByReceiptCode(String receiptCode);

    java.util.List<FeedbackCase> findBySupervisionActivityIdOrderByReceivedOnDesc(long activityId);

    java.util.List<FeedbackCase> findTop20ByFollowingUnitIdAndStatusOrderByReceivedOnAsc(long unitId, CaseStatus status);

    java.util.List<FeedbackCase> findTop20ByHandlerAccountIdAndStatusOrderByReceivedOnAsc(long accountId, CaseStatus status);
}
