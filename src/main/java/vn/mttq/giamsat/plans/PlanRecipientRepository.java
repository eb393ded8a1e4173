package vn.mttq.giamsat.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRecipientRepository extends JpaRepository<PlanRecipient, Long> {

    List<PlanRecipient> findByPlanId(long planId);

    Optional<PlanRecipient> findByPlanIdAndUnitId(long planId, long unitId);

    void deleteByPlanId(long planId);

    List<PlanRecipient> findByUnitIdAndConfirmedAtIsNull(long unitId);
}
