package vn.mttq.giamsat.feedback;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackCaseRepository extends JpaRepository<FeedbackCase, Long> {

    Optional<FeedbackCase> findByReceiptCode(String receiptCode);

    List<FeedbackCase> findBySupervisionActivityIdOrderByReceivedOnDesc(long activityId);

    List<FeedbackCase> findTop20ByFollowingUnitIdAndStatusOrderByReceivedOnAsc(long unitId, CaseStatus status);

    List<FeedbackCase> findTop20ByHandlerAccountIdAndStatusOrderByReceivedOnAsc(long accountId, CaseStatus status);
}
