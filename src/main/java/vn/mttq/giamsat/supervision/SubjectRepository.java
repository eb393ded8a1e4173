package vn.mttq.giamsat.supervision;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubjectRepository extends JpaRepository<Subject, Long> {
    List<Subject> findByActivityIdOrderById(long activityId);

    List<Subject> findByActivityIdIn(Collection<Long> activityIds);
}
