package vn.mttq.giamsat.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);

    boolean existsByCode(String code);

    /**
     * Accent-insensitive match ("luong son" finds "Lương Sơn"): the root UCA collation treats ê, ơ,
     * đ as e, o, d, which the Vietnamese collation (kept for sorting, Đ after D) does not.
     */
    @Query("""
            select u from Unit u left join fetch u.parent
            where u.path like concat(:prefix, '%')
              and (:text = '' or collate(u.name as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%') or u.code like concat('%', :text, '%'))""")
    Slice<Unit> search(String prefix, String text, Pageable pageable);

    /** How many units {@link #search} finds. */
    @Query("""
            select count(u) from Unit u
            where u.path like concat(:prefix, '%')
              and (:text = '' or collate(u.name as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%') or u.code like concat('%', :text, '%'))""")
    long countSearch(String prefix, String text);

    @Query("select u from Unit u where u.path like concat(:prefix, '%')")
    List<Unit> subtree(String prefix);

    @Query("select u from Unit u where u.parent.id = :parentId order by u.sortOrder, u.name")
    List<Unit> children(long parentId);

    @Query("select u from Unit u where u.parent is null order by u.sortOrder, u.name")
    List<Unit> roots();

    /** Moves a subtree: every path under the old prefix gets the new prefix. */
    @Modifying
    @Query(value = "UPDATE unit SET path = CONCAT(:newPrefix, SUBSTRING(path, CHAR_LENGTH(:oldPrefix) + 1)) "
            + "WHERE path LIKE CONCAT(:oldPrefix, '%')", nativeQuery = true)
    int movePaths(String oldPrefix, String newPrefix);

    /**
     * Per direct child of a unit: how many units lie below it and how many accounts in its subtree.
     * Aggregated in SQL over the path index, not in Java.
     */
    @Query(value = """
            SELECT c.id, c.code, c.name, c.short_name,
                   (SELECT COUNT(*) FROM unit d WHERE d.path LIKE CONCAT(c.path, '%') AND d.id <> c.id AND d.active) AS sub_units,
                   (SELECT COUNT(*) FROM account a JOIN unit au ON au.id = a.unit_id
                     WHERE au.path LIKE CONCAT(c.path, '%') AND a.enabled) AS accounts
            FROM unit c
            WHERE c.parent_id = :parentId AND c.active AND c.kind IN (:kinds)
            ORDER BY c.sort_order, c.name""", nativeQuery = true)
    List<Object[]> childSummaries(long parentId, List<String> kinds);
}
