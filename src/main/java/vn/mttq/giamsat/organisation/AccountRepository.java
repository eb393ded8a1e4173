package vn.mttq.giamsat.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a join fetch a.unit where a.username = :username")
    Optional<Account> findWithUnit(String username);

    boolean existsByUsername(String username);

    boolean existsByUsernameAndIdNot(String username, long id);

    /** "nguyen" finds "Nguyễn": compared in the accent-insensitive root collation (see UnitRepository). */
    @Query(value = """
            select a from Account a join fetch a.unit u
            where u.path like concat(:prefix, '%')
              and (:text = '' or collate(a.fullName as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%')
                   or a.username like concat('%', :text, '%')
                   or collate(u.name as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%'))""")
    Slice<Account> search(String prefix, String text, Pageable pageable);

    /** How many accounts {@link #search} finds. */
    @Query(value = """
            select count(a) from Account a join a.unit u
            where u.path like concat(:prefix, '%')
              and (:text = '' or collate(a.fullName as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%')
                   or a.username like concat('%', :text, '%')
                   or collate(u.name as utf8mb4_uca1400_ai_ci) like concat('%', :text, '%'))""")
    long countSearch(String prefix, String text);

    @Query("select a from Account a join fetch a.unit u where u.path like concat(:prefix, '%') order by u.path, a.fullName")
    List<Account> inSubtree(String prefix);

    @Query("select a from Account a where a.unit.id = :unitId and a.enabled = true order by a.id")
    List<Account> enabledInUnit(long unitId);

    @Query("select a from Account a where a.unit.id in :unitIds and a.enabled = true order by a.unit.id, a.id")
    List<Account> enabledInUnits(Collection<Long> unitIds);

    /** Sign-in name and full name of the given accounts, for naming people in histories. */
    @Query("select a.username, a.fullName from Account a where a.username in :usernames")
    List<Object[]> fullNames(Collection<String> usernames);
}
