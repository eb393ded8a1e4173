package vn.mttq.giamsat.outreach;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

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

interface PropagandaRepository extends JpaRepository<PropagandaActivity, Long> {

    @Query(value = """
            select p from PropagandaActivity p
            where p.unitId in :units and (:form = '' or p.formCode = :form) and p.fromOn between :from and :to
              and (:text = '' or collate(p.title as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%'))
            order by p.fromOn desc, p.id desc""",
            countQuery = """
            select count(p) from PropagandaActivity p
            where p.unitId in :units and (:form = '' or p.formCode = :form) and p.fromOn between :from and :to
              and (:text = '' or collate(p.title as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%'))""")
    Page<PropagandaActivity> visible(Collection<Long> units, String form, LocalDate from, LocalDate to, String text, Pageable pageable);
}

interface GoodPracticeRepository extends JpaRepository<GoodPractice, Long> {

    @Query(value = """
            select g from GoodPractice g
            where g.unitId in :units and (:status is null or g.status = :status)
              and (:text = '' or collate(g.title as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%')
                   or collate(g.description as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%'))
            order by g.createdAt desc, g.id desc""",
            countQuery = """
            select count(g) from GoodPractice g
            where g.unitId in :units and (:status is null or g.status = :status)
              and (:text = '' or collate(g.title as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%')
                   or collate(g.description as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%'))""")
    Page<GoodPractice> visible(Collection<Long> units, @Nullable PracticeStatus status, String text, Pageable pageable);
}
