package vn.mttq.giamsat.outreach;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GoodPracticeRepository extends JpaRepository<GoodPractice, Long> {

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
