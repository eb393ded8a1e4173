package vn.mttq.giamsat.outreach;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PropagandaRepository extends JpaRepository<PropagandaActivity, Long> {

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
