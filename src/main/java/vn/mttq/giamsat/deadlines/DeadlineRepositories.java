package vn.mttq.giamsat.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeadlineItemRepository extends JpaRepository<DeadlineItem, Long> {

    Optional<DeadlineItem> findBySourceTypeAndSourceId(String sourceType, String sourceId);

    /**
     * Items of units in a subtree (the caller's data scope) with a status, due between two
     * dates, whose title or unit name contains the text without regard to accents ("kien nghi"
     * finds "Kiến nghị"). Reads the organisation module's public Unit entity for scope and name.
     */
    @Query("""
            select new vn.mttq.giamsat.deadlines.DeadlineRow(d.id, d.sourceType, d.sourceId, d.title, d.link, u.name, u.shortName,
                   d.receivedOn, d.workingDays, d.dueDate, d.status)
            from DeadlineItem d, vn.mttq.giamsat.organisation.Unit u
            where u.id = d.unitId and u.path like concat(:prefix, '%') and d.status = :status
              and d.dueDate between :dueFrom and :dueBy
              and (:onTimeSince is null or (d.finishedOn >= :onTimeSince and d.finishedOn <= d.dueDate))
              and (:text = '' or collate(d.title as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%')
                   or collate(u.name as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%'))""")
    Page<DeadlineRow> inScope(String prefix, DeadlineStatus status, LocalDate dueFrom, LocalDate dueBy,
                               @Nullable LocalDate onTimeSince, String text, Pageable pageable);

    /** Open items of one unit due by the horizon, soonest first (ix_deadline_unit_open_due). */
    @Query("""
            select new vn.mttq.giamsat.deadlines.DeadlineRow(d.id, d.sourceType, d.sourceId, d.title, d.link, u.name, u.shortName,
                   d.receivedOn, d.workingDays, d.dueDate, d.status)
            from DeadlineItem d, vn.mttq.giamsat.organisation.Unit u
            where u.id = d.unitId and d.unitId = :unitId
              and d.status = vn.mttq.giamsat.deadlines.DeadlineStatus.OPEN and d.dueDate <= :horizon
            order by d.dueDate, d.id""")
    List<DeadlineRow> openOfUnitDueBy(long unitId, LocalDate horizon, Pageable limit);

    /** Open items a person answers for by name, due by the horizon (ix_deadline_account_open_due). */
    @Query("""
            select new vn.mttq.giamsat.deadlines.DeadlineRow(d.id, d.sourceType, d.sourceId, d.title, d.link, u.name, u.shortName,
                   d.receivedOn, d.workingDays, d.dueDate, d.status)
            from DeadlineItem d, vn.mttq.giamsat.organisation.Unit u
            where u.id = d.unitId and d.responsibleAccountId = :accountId
              and d.status = vn.mttq.giamsat.deadlines.DeadlineStatus.OPEN and d.dueDate <= :horizon
            order by d.dueDate, d.id""")
    List<DeadlineRow> openOfAccountDueBy(long accountId, LocalDate horizon, Pageable limit);

    /** Items of a subtree answered within their time limit between two dates. */
    @Query("""
            select count(d) from DeadlineItem d, vn.mttq.giamsat.organisation.Unit u
            where u.id = d.unitId and u.path like concat(:prefix, '%')
              and d.status = vn.mttq.giamsat.deadlines.DeadlineStatus.MET
              and d.finishedOn between :from and :to and d.finishedOn <= d.dueDate""")
    long metOnTimeBetween(String prefix, LocalDate from, LocalDate to);

    /** Per unit path in a subtree: open items, and how many of them were due before today. */
    @Query("""
            select u.path, count(d), sum(case when d.dueDate < :today then 1 else 0 end)
            from DeadlineItem d, vn.mttq.giamsat.organisation.Unit u
            where u.id = d.unitId and u.path like concat(:prefix, '%')
              and d.status = vn.mttq.giamsat.deadlines.DeadlineStatus.OPEN
            group by u.path""")
    List<Object[]> openCountsByUnitPath(String prefix, LocalDate today);

    /**
     * The next batch of open items due on or before the horizon, after (afterDue, afterId) in
     * (due date, id) order: keyset paging along ix_deadline_open_due, which holds the id, so each
     * batch reads only its own rows however far the scan has come.
     */
    @Query("""
            select new vn.mttq.giamsat.deadlines.DueItem(d.id, d.title, d.link, d.unitId, d.responsibleAccountId, d.dueDate)
            from DeadlineItem d
            where d.status = vn.mttq.giamsat.deadlines.DeadlineStatus.OPEN and d.dueDate <= :horizon
              and (d.dueDate > :afterDue or (d.dueDate = :afterDue and d.id > :afterId))
            order by d.dueDate, d.id""")
    List<DueItem> openDueBy(LocalDate horizon, LocalDate afterDue, long afterId, Pageable pageable);
}

interface DeadlineChangeRepository extends JpaRepository<DeadlineChange, Long> {

    List<DeadlineChange> findByItemIdOrderByChangedAtAscIdAsc(long itemId);

    boolean existsByItemIdAndKindAndChangedAtAfter(long itemId, DeadlineChange.Kind kind, Instant after);
}
