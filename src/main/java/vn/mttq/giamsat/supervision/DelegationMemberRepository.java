package vn.mttq.giamsat.supervision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DelegationMemberRepository extends JpaRepository<DelegationMember, Long> {
    List<DelegationMember> findByActivityIdOrderById(long activityId);

    boolean existsByActivityIdAndUnitId(long activityId, long unitId);

    void deleteByActivityId(long activityId);
}
