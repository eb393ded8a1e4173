package vn.mttq.giamsat.supervision;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    /**
     * Activities a person may see: carried out by a unit of their subtree (Front staff), or, for
     * a member organisation ({@code memberUnitId} > 0), those its people sit in the delegation of;
     * with a form, a state, a subject category, overlapping a period, and words in the title.
     */
    @Query("""
            select a from Activity a, vn.mttq.giamsat.organisation.Unit u
            where u.id = a.unitId
              and ((:memberUnitId = 0 and u.path like concat(:prefix, '%'))
                   or (:memberUnitId > 0 and exists (select m.id from DelegationMember m
                                                       where m.activityId = a.id and m.unitId = :memberUnitId)))
              and (:form = '' or a.formCode = :form)
              and (:status is null or a.status = :status)
              and (:unitId = 0 or a.unitId = :unitId)
              and (:category is null or exists (select s.id from Subject s where s.activityId = a.id and s.category = :category))
              and a.periodTo >= :from and a.periodFrom <= :to
              and (:text = '' or collate(a.title as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%'))
            order by a.periodFrom desc, a.id desc""")
    Page<Activity> visible(String prefix, long memberUnitId, String form, @Nullable ActivityStatus status, long unitId,
                            @Nullable SubjectCategory category, LocalDate from, LocalDate to, String text, Pageable pageable);

    /** Activities of a unit whose letter went out without the party committee's receipt recorded. */
    @Query("""
            select a from Activity a where a.unitId = :unitId and a.letterSymbol is not null and a.letterReceivedOn is null
              and a.status = vn.mttq.giamsat.supervision.ActivityStatus.RECOMMENDED order by a.letterIssuedOn""")
    List<Activity> awaitingReceipt(long unitId, Limit limit);
}
