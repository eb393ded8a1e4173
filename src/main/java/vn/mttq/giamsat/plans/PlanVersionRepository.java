package vn.mttq.giamsat.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    List<PlanVersion> findByPlanIdOrderByVersionNo(long planId);

    Optional<PlanVersion> findByPlanIdAndVersionNo(long planId, int versionNo);
}
