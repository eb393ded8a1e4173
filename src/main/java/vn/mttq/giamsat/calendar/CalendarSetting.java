package vn.mttq.giamsat.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The week pattern and the Tết span, one row, editable by administrators. */
@Entity
@Table(name = "calendar_setting")
class CalendarSetting {

    @Id
    private long id = 1;

    @Column(name = "rest_days", nullable = false)
    private String restDays = "SATURDAY,SUNDAY";

    @Column(name = "tet_days_before", nullable = false)
    private int tetDaysBefore = 1;

    @Column(name = "tet_days_total", nullable = false)
    private int tetDaysTotal = 5;

    @Version
    private long version;

    Set<DayOfWeek> restDays() {
        if (restDays.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(restDays.split(",")).map(String::strip).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    void setRestDays(Set<DayOfWeek> days) {
        this.restDays = days.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    void setTetSpan(int total, int before) {
        this.tetDaysTotal = total;
        this.tetDaysBefore = before;
    }

    int tetDaysBefore() {
        return tetDaysBefore;
    }

    int tetDaysTotal() {
        return tetDaysTotal;
    }
}
