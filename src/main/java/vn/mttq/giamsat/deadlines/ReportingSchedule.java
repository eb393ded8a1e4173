package vn.mttq.giamsat.deadlines;

import jakarta.persistence.Column;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.mttq.giamsat.base.text.PortalText;

/** When a periodic report (half-year, year) covers and when it is due; reference data. */
@Entity
@Table(name = "reporting_schedule")
public class ReportingSchedule {

    public static final int TITLE_MAX = 255;
    public static final int SOURCE_MAX = 255;

    @Id
    private String kind = "";

    @Column(name = "title_pattern", nullable = false)
    @PortalText(max = TITLE_MAX)
    private String titlePattern = "";

    @Column(name = "period_from_month", nullable = false)
    private int periodFromMonth;

    @Column(name = "period_from_day", nullable = false)
    private int periodFromDay;

    @Column(name = "period_to_month", nullable = false)
    private int periodToMonth;

    @Column(name = "period_to_day", nullable = false)
    private int periodToDay;

    @Column(name = "due_month", nullable = false)
    private int dueMonth;

    @Column(name = "due_day", nullable = false)
    private int dueDay;

    /** How many calendar days before the due date the obligation is opened (and reminders may start). */
    @Column(name = "open_days_before", nullable = false)
    private int openDaysBefore;

    @Column(nullable = false)
    @PortalText(max = SOURCE_MAX, multiline = true)
    private String source = "";

    @Version
    private long version;

    protected ReportingSchedule() {
    }

    public String kind() { return kind; }
    public MonthDay periodFrom() { return MonthDay.of(periodFromMonth, periodFromDay); }
    public MonthDay periodTo() { return MonthDay.of(periodToMonth, periodToDay); }
    public MonthDay due() { return MonthDay.of(dueMonth, dueDay); }
    public int openDaysBefore() { return openDaysBefore; }
    public String titlePattern() { return titlePattern; }
    public String source() { return source; }

    void setPeriodFrom(MonthDay from) {
        periodFromMonth = from.getMonthValue();
        periodFromDay = from.getDayOfMonth();
    }

    void setPeriodTo(MonthDay to) {
        periodToMonth = to.getMonthValue();
        periodToDay = to.getDayOfMonth();
    }

    void setDue(MonthDay due) {
        dueMonth = due.getMonthValue();
        dueDay = due.getDayOfMonth();
    }

    void setOpenDaysBefore(int days) { openDaysBefore = days; }
    void setTitlePattern(String pattern) { titlePattern = pattern; }
    void setSource(String source) { this.source = source; }

    /** The period reported in {@code year}; a period starting later in the calendar than it ends began the year before. */
    public ReportingPeriod period(int year) {
        LocalDate to = LocalDate.of(year, periodToMonth, periodToDay);
        LocalDate from = LocalDate.of(year, periodFromMonth, periodFromDay);
        return new ReportingPeriod(kind, year, from.isAfter(to) ? from.minusYears(1) : from, to, dueDate(year));
    }

    LocalDate dueDate(int year) { return LocalDate.of(year, dueMonth, dueDay); }
    LocalDate opensOn(int year) { return dueDate(year).minusDays(openDaysBefore); }
    String title(int year) { return MessageFormat.format(titlePattern, String.valueOf(year)); }
    String periodCode(int year) { return year + "-" + kind; }
}

interface ReportingScheduleRepository extends JpaRepository<ReportingSchedule, String> {
}
