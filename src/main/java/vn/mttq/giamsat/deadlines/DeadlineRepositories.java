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

    /** Open items due on or before the horizon, oldest first; served by ix_deadline_open_due. */
    @Query("select d from DeadlineItem d where d.status = vn.mttq.giamsat.deadlines.DeadlineStatus.OPEN and d.dueDate <= :horizon order by d.dueDate, d.id")
    Slice<DeadlineItem> openDueBy(LocalDate horizon, Pageable pageable);
}

interface DeadlineChangeRepository extends JpaRepository<DeadlineChange, Long> {

    List<DeadlineChange> findByItemIdOrderByChangedAtAscIdAsc(long itemId);
}
