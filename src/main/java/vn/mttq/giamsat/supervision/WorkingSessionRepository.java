package vn.mttq.giamsat.supervision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkingSessionRepository extends JpaRepository<WorkingSession, Long> {
    List<WorkingSession> findByActivityIdOrderByHeldOnAscStartsAtAsc(long activityId);

    /** Sessions of activities carried out in a subtree, or sat in by a member organisation, between two days. */
    @Query("""
            select s from WorkingSession s, Activity a, vn.mttq.giamsat.organisation.Unit u
            where a.id = s.activityId and u.id = a.unitId
              and ((:memberUnitId = 0 and u.path like concat(:prefix, '%'))
                   or (:memberUnitId > 0 and exists (select m.id from DelegationMember m
                                                       where m.activityId = a.id and m.unitId = :memberUnitId)))
              and a.status <> vn.mttq.giamsat.supervision.ActivityStatus.CANCELLED
              and s.heldOn between :from and :to
            order by s.heldOn, s.startsAt, s.id""")
    List<WorkingSession> between(String prefix, long memberUnitId, LocalDate from, LocalDate to);
}
