package vn.mttq.giamsat.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarAdjustmentRepository extends JpaRepository<CalendarAdjustment, Long> {

    List<CalendarAdjustment> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    Optional<CalendarAdjustment> findByDay(LocalDate day);
}

interface CalendarSettingRepository extends JpaRepository<CalendarSetting, Long> {
}
