package vn.mttq.giamsat.periodicreports;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PeriodicReportRepository extends JpaRepository<PeriodicReport, Long> {

    Optional<PeriodicReport> findByUnitIdAndPeriodKindAndPeriodYear(long unitId, String periodKind, int periodYear);

    List<PeriodicReport> findByPeriodKindAndPeriodYearAndUnitIdIn(String periodKind, int periodYear, Collection<Long> unitIds);

    List<PeriodicReport> findByUnitIdInAndStatusIn(Collection<Long> unitIds, Collection<ReportStatus> statuses);

    List<PeriodicReport> findByUnitIdOrderByPeriodToDesc(long unitId);
}
