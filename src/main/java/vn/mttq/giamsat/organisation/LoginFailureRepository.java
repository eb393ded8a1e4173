package vn.mttq.giamsat.organisation;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    @Query("select count(f) from LoginFailure f where f.username = :username and f.countsForAccount = true and f.failedAt > :since")
    long countSince(String username, Instant since);

    /** How many different account names failed from one address since then (password spraying). */
    @Query("select count(distinct f.username) from LoginFailure f where f.addressKey = :addressKey and f.failedAt > :since")
    long namesFromAddressSince(String addressKey, Instant since);

    /** The account starts counting afresh (locked, or signed in); the failures stay for their address's count. */
    @Modifying
    @Query("update LoginFailure f set f.countsForAccount = false where f.username = :username and f.countsForAccount = true")
    int clear(String username);

    @Modifying
    @Query("delete from LoginFailure f where f.failedAt < :before")
    int deleteOlderThan(Instant before);
}
