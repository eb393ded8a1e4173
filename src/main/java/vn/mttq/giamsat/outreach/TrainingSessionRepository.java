package vn.mttq.giamsat.outreach;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    /**
     * Sessions of the given units, or co-organised by {@code member} (0: none), of a kind and
     * state, starting in a period, with words in the title (accents aside); the latest first.
     */
    @Query(value = """
            select s from TrainingSession s
            where (s.unitId in :units or (:member <> 0 and :member member of s.coOrganisers))
              and (:kind is null or s.kind = :kind)
              and (:status is null or s.status = :status)
              and s.startsOn between :from and :to
              and (:text = '' or collate(s.title as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%'))
            order by s.startsOn desc, s.id desc""",
            countQuery = """
            select count(s) from TrainingSession s
            where (s.unitId in :units or (:member <> 0 and :member member of s.coOrganisers))
              and (:kind is null or s.kind = :kind)
              and (:status is null or s.status = :status)
              and s.startsOn between :from and :to
              and (:text = '' or collate(s.title as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%'))""")
    Page<TrainingSession> visible(Collection<Long> units, long member, @Nullable SessionKind kind, @Nullable SessionStatus status,
                                  LocalDate from, LocalDate to, String text, Pageable pageable);

    /** Planned sessions of these units that should have been held by now. */
    List<TrainingSession> findTop20ByUnitIdInAndStatusAndEndsOnBeforeOrderByEndsOn(Collection<Long> units, SessionStatus status,
                                                                                   LocalDate day);

    /** Sessions of these units (or co-organised by {@code member}) overlapping a period, for calendars. */
    @Query("""
            select s from TrainingSession s
            where (s.unitId in :units or (:member <> 0 and :member member of s.coOrganisers))
              and s.status <> vn.mttq.giamsat.outreach.SessionStatus.CANCELLED
              and s.startsOn between :earliest and :to and s.endsOn >= :from
            order by s.startsOn, s.id""")
    List<TrainingSession> between(Collection<Long> units, long member, LocalDate earliest, LocalDate from, LocalDate to);
}
