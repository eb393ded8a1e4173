package vn.mttq.giamsat.plans;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    /**
     * Plans a person may see: issued by a unit of their subtree (drafts included), or published
     * to their unit; with a status, an issue year and a title containing the text, accents aside.
     */
    @Query("""
            select p from Plan p, vn.mttq.giamsat.organisation.Unit u
            where u.id = p.issuingUnitId
              and (u.path like concat(:prefix, '%')
                   or (p.status <> vn.mttq.giamsat.plans.PlanStatus.DRAFT
                       and exists (select r.id from PlanRecipient r where r.planId = p.id and r.unitId = :unitId)))
              and (:status is null or p.status = :status)
              and (:year = 0 or year(p.issuedOn) = :year)
              and (:issuer = 0 or p.issuingUnitId = :issuer)
              and (:text = '' or collate(p.title as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%')
                   or p.numberSymbol like concat('%', :text, '%'))""")
    Page<Plan> visible(String prefix, long unitId, @Nullable PlanStatus status, int year, long issuer, String text,
                        Pageable pageable);

    List<Plan> findByParentPlanIdOrderById(long parentPlanId);

    List<Plan> findByParentPlanIdInOrderById(Collection<Long> parentPlanIds);
}
