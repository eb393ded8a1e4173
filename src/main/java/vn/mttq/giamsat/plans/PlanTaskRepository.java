package vn.mttq.giamsat.plans;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

    List<PlanTask> findByPlanIdOrderByDueDateAscIdAsc(long planId);

    List<PlanTask> findByParentTaskId(long parentTaskId);

    List<PlanTask> findByPlanIdIn(Collection<Long> planIds);

    /** Tasks carried out by units of a subtree (the person's scope), soonest due first. */
    @Query("""
            select t from PlanTask t, vn.mttq.giamsat.organisation.Unit u
            where u.id = t.leadUnitId and u.path like concat(:prefix, '%')
              and (:status is null or t.status = :status)
            order by t.dueDate, t.id""")
    Slice<PlanTask> inScope(String prefix, @Nullable TaskStatus status, Pageable pageable);

    /** How many tasks {@link #inScope} finds. */
    @Query("""
            select count(t) from PlanTask t, vn.mttq.giamsat.organisation.Unit u
            where u.id = t.leadUnitId and u.path like concat(:prefix, '%')
              and (:status is null or t.status = :status)""")
    long countInScope(String prefix, @Nullable TaskStatus status);
}
