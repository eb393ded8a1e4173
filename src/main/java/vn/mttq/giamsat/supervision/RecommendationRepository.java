package vn.mttq.giamsat.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {
    List<Recommendation> findByActivityIdOrderById(long activityId);

    List<Recommendation> findByResponsibleAccountIdAndStatusAndDueDateAfterOrderByDueDate(long accountId, RecommendationStatus status,
                                                                                            LocalDate after, Limit limit);

    /**
     * Recommendations of the person's subtree in some states, due by a day (null: any), with words
     * in the text; the most urgent first, those without a deadline yet (their receipt is to be
     * recorded) before all. Read along the due-date index, the units of the subtree given as a
     * list, so that the first page comes without sorting a province's million rows.
     */
    @Query(value = """
            SELECT r.* FROM recommendation r FORCE INDEX (ix_recommendation_due)
            WHERE r.unit_id IN (:unitIds)
              AND r.status IN (:states)
              AND (:dueBy IS NULL OR r.due_date <= :dueBy)
              AND (:receivedFrom IS NULL OR r.received_on >= :receivedFrom)
              AND (:receivedTo IS NULL OR r.received_on <= :receivedTo)
              AND (:text = '' OR r.text COLLATE utf8mb4_uca1400_ai_ci LIKE CONCAT('%', :text, '%'))
            ORDER BY r.due_date, r.id""", nativeQuery = true)
    Slice<Recommendation> openInScope(Collection<Long> unitIds, Collection<String> states, @Nullable LocalDate dueBy,
                                      @Nullable LocalDate receivedFrom, @Nullable LocalDate receivedTo, String text, Pageable pageable);

    /** Recommendations of the subtree answered within a period, the latest answer first (along the answer-date index). */
    @Query(value = """
            SELECT r.* FROM recommendation r FORCE INDEX (ix_recommendation_answered)
            WHERE r.unit_id IN (:unitIds)
              AND r.answered_on BETWEEN :from AND :to
              AND (:text = '' OR r.text COLLATE utf8mb4_uca1400_ai_ci LIKE CONCAT('%', :text, '%'))
            ORDER BY r.answered_on DESC, r.id DESC""", nativeQuery = true)
    Slice<Recommendation> answeredInScope(Collection<Long> unitIds, LocalDate from, LocalDate to, String text, Pageable pageable);

    /** How many {@link #openInScope} finds: the list's count. */
    @Query(value = """
            SELECT COUNT(*) FROM recommendation r
            WHERE r.unit_id IN (:unitIds)
              AND r.status IN (:states)
              AND (:dueBy IS NULL OR r.due_date <= :dueBy)
              AND (:receivedFrom IS NULL OR r.received_on >= :receivedFrom)
              AND (:receivedTo IS NULL OR r.received_on <= :receivedTo)
              AND (:text = '' OR r.text COLLATE utf8mb4_uca1400_ai_ci LIKE CONCAT('%', :text, '%'))""", nativeQuery = true)
    long countOpenInScope(Collection<Long> unitIds, Collection<String> states, @Nullable LocalDate dueBy,
                          @Nullable LocalDate receivedFrom, @Nullable LocalDate receivedTo, String text);

    /** How many {@link #answeredInScope} finds. */
    @Query(value = """
            SELECT COUNT(*) FROM recommendation r
            WHERE r.unit_id IN (:unitIds)
              AND r.answered_on BETWEEN :from AND :to
              AND (:text = '' OR r.text COLLATE utf8mb4_uca1400_ai_ci LIKE CONCAT('%', :text, '%'))""", nativeQuery = true)
    long countAnsweredInScope(Collection<Long> unitIds, LocalDate from, LocalDate to, String text);

    /**
     * Answers received in a period per unit, and how many of them by the due date, read from the
     * covering answer-date index. Rows: unit id, answered, on time.
     */
    @Query(value = """
            SELECT r.unit_id, COUNT(*), SUM(r.answered_on <= r.due_date)
            FROM recommendation r WHERE r.answered_on BETWEEN :from AND :to
            GROUP BY r.unit_id""", nativeQuery = true)
    List<Object[]> answeredByUnit(LocalDate from, LocalDate to);
}
