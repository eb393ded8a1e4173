package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeadlineItemRepository extends JpaRepository<DeadlineItem, Long> {

    Optional<DeadlineItem> findBySourceTypeAndSourceId(String sourceType, String sourceId);

    /**
     * Items of units in a subtree (the caller's data scope), optionally only those due on or
     * before a date. Reads the organisation module's public Unit entity for the scope and name.
     */
    @Query("""
            select new vn.mttq.giamsat.deadlines.DeadlineRow(d.id, d.sourceType, d.sourceId, d.title, d.link, u.name,
                   d.receivedOn, d.workingDays, d.dueDate, d.status)
            from DeadlineItem d, vn.mttq.giamsat.organisation.Unit u
            where u.id = d.unitId and u.path like concat(:prefix, '%') and d.status = :status and d.dueDate <= :dueBy""")
    Slice<DeadlineRow> inScope(String prefix, DeadlineStatus status, LocalDate dueBy, Pageable pageable);

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
}
