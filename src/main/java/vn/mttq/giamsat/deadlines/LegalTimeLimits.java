package vn.mttq.giamsat.deadlines;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;

/**
 * The legal time limits as reference data: working days per kind of item (with the most an
 * extension may reach) and the periodic reporting schedule. Everyone signed in may read them;
 * only administrators change them, and every change is audited.
 */
@Service
public class LegalTimeLimits {

    /**
     * A year of working days: the longest limit in the rules we know (a plan's task may run a
     * year, V14); a typo such as 300 is refused.
     */
    static final int MAX_WORKING_DAYS = 260;
    static final int MAX_OPEN_DAYS_BEFORE = 180;

    private final DeadlineRuleRepository rules;
    private final ReportingScheduleRepository schedules;
    private final AuditService audit;

    LegalTimeLimits(DeadlineRuleRepository rules, ReportingScheduleRepository schedules, AuditService audit) {
        this.rules = rules;
        this.schedules = schedules;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DeadlineRule> rules() {
        return rules.findAll().stream().sorted(Comparator.comparing(DeadlineRule::getTitle)).toList();
    }

    /** The rule for a kind of item, for features that register deadlines (standard days). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<DeadlineRule> rule(String sourceType) {
        return rules.findById(sourceType);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public DeadlineRule saveRule(DeadlineRule rule) {
        int standard = rule.getStandardWorkingDays();
        int maximum = rule.getMaximumWorkingDays();
        if (standard < 1 || maximum > MAX_WORKING_DAYS) {
            throw new UserFacingException("time-limits.error.days-range", MAX_WORKING_DAYS);
        }
        if (maximum < standard) {
            throw new UserFacingException("time-limits.error.maximum-below-standard");
        }
        requireSource(rule.getSource());
        DeadlineRule saved = rules.saveAndFlush(rule);
        audit.record("DEADLINE_RULE_UPDATED", "deadline_rule", saved.getSourceType(),
                saved.getStandardWorkingDays() + "/" + saved.getMaximumWorkingDays() + " | " + saved.getSource());
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportingSchedule> schedules() {
        return schedules.findAll().stream().sorted(Comparator.comparing(ReportingSchedule::due)).toList();
    }

    /** The reporting periods of the schedule that contain a day, the shortest first (the half-year before the year). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportingPeriod> periodsContaining(LocalDate day) {
        List<ReportingPeriod> out = new ArrayList<>();
        for (ReportingSchedule s : schedules.findAll()) {
            for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
                ReportingPeriod p = s.period(year);
                if (p.contains(day)) {
                    out.add(p);
                }
            }
        }
        out.sort(Comparator.comparing((ReportingPeriod p) -> p.to().toEpochDay() - p.from().toEpochDay()));
        return out;
    }

    /** The periods of the schedule reported in a year, in the order of their ends. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportingPeriod> periodsOf(int year) {
        return schedules.findAll().stream().map(s -> s.period(year)).sorted(Comparator.comparing(ReportingPeriod::to)).toList();
    }

    /** One period of the schedule ("HALF_YEAR" or "YEAR") of a year. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ReportingPeriod> period(String kind, int year) {
        return schedules.findAll().stream().filter(s -> s.kind().equals(kind)).findFirst().map(s -> s.period(year));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ReportingSchedule saveSchedule(ReportingSchedule schedule) {
        for (MonthDay day : List.of(schedule.periodFrom(), schedule.periodTo(), schedule.due())) {
            if (day.equals(MonthDay.of(Month.FEBRUARY, 29))) {
                throw new UserFacingException("time-limits.error.leap-day");
            }
        }
        if (schedule.openDaysBefore() < 1 || schedule.openDaysBefore() > MAX_OPEN_DAYS_BEFORE) {
            throw new UserFacingException("time-limits.error.open-days", MAX_OPEN_DAYS_BEFORE);
        }
        if (!schedule.titlePattern().contains("{0}") || !parses(schedule.titlePattern())) {
            throw new UserFacingException("time-limits.error.title-pattern", "{0}");
        }
        requireSource(schedule.source());
        ReportingSchedule saved = schedules.saveAndFlush(schedule);
        audit.record("REPORTING_SCHEDULE_UPDATED", "reporting_schedule", saved.kind(),
                saved.periodFrom() + ".." + saved.periodTo() + " due " + saved.due() + " open " + saved.openDaysBefore()
                        + " | " + saved.source());
        return saved;
    }

    /** Refuses a deadline longer than the legal maximum of its kind (kinds without a rule are free). */
    void requireWithinMaximum(String sourceType, int workingDays) {
        rules.findById(sourceType).filter(r -> workingDays > r.getMaximumWorkingDays()).ifPresent(r -> {
            throw new UserFacingException("deadline.error.beyond-maximum", r.getMaximumWorkingDays(), r.getSource());
        });
    }

    private static void requireSource(String source) {
        if (source == null || source.isBlank()) {
            throw new UserFacingException("time-limits.error.source-required");
        }
    }

    private static boolean parses(String pattern) {
        try {
            new MessageFormat(pattern);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
