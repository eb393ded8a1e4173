package vn.mttq.giamsat.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.text.PortalFormats;

/** Administrators record each year's government decisions on days off; every change is audited. */
@Service
public class CalendarAdministration {

    /** Longest Tết break accepted; recent government decisions gave up to 9 days with weekends. */
    static final int MAX_TET_DAYS = 15;

    private final CalendarAdjustmentRepository adjustments;
    private final CalendarSettingRepository settings;
    private final WorkingCalendar calendar;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock = Clock.systemUTC();

    CalendarAdministration(CalendarAdjustmentRepository adjustments, CalendarSettingRepository settings,
                           WorkingCalendar calendar, AuditService audit, CurrentUser currentUser) {
        this.adjustments = adjustments;
        this.settings = settings;
        this.calendar = calendar;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CalendarAdjustment> ofYear(int year) {
        return adjustments.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CalendarAdjustment record(CalendarAdjustment adjustment) {
        int year = adjustment.getDay().getYear();
        if (year < WorkingCalendar.FIRST_YEAR || year > WorkingCalendar.LAST_YEAR) {
            throw new UserFacingException("calendar.error.year-range", WorkingCalendar.FIRST_YEAR, WorkingCalendar.LAST_YEAR);
        }
        boolean dayAdjusted = adjustments.findByDay(adjustment.getDay()).isPresent();
        if (adjustment.getId() == null && dayAdjusted) {
            throw new UserFacingException("calendar.error.duplicate-day", PortalFormats.date(adjustment.getDay()));
        }
        boolean offByDefault = !calendar.isWorkingDay(adjustment.getDay()) && !dayAdjusted;
        if (adjustment.getKind() == CalendarAdjustment.Kind.DAY_OFF && offByDefault) {
            throw new UserFacingException("calendar.error.already-off");
        }
        if (adjustment.getKind() == CalendarAdjustment.Kind.WORKING_DAY && !offByDefault && adjustment.getId() == null) {
            throw new UserFacingException("calendar.error.already-working");
        }
        adjustment.stamp(currentUser.get().map(PortalUser::username).orElse("system"), clock.instant());
        CalendarAdjustment saved = adjustments.saveAndFlush(adjustment);
        calendar.invalidateAfterCommit();
        audit.record("CALENDAR_ADJUSTED", "calendar_adjustment", saved.getId(),
                saved.getDay() + " " + saved.getKind() + " | " + saved.getReason() + " | " + saved.decision());
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<DayOfWeek> restDays() {
        return settings.findById(1L).map(CalendarSetting::restDays).orElse(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    /** Tết days in all and how many of them fall before Mùng 1 (5 and 1 by default). */
    public record TetSpan(int total, int before) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TetSpan tetSpan() {
        return settings.findById(1L).map(s -> new TetSpan(s.tetDaysTotal(), s.tetDaysBefore())).orElse(new TetSpan(5, 1));
    }

    /**
     * The week pattern (at least one working day must remain) and the Tết span (1 to 15 days,
     * Mùng 1 among them), saved together or not at all; they apply to every year that has no
     * administrator's entry saying otherwise.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void saveSettings(Set<DayOfWeek> restDays, TetSpan tet) {
        if (restDays.size() >= 7) {
            throw new UserFacingException("calendar.error.no-working-day");
        }
        if (tet.total() < 1 || tet.total() > MAX_TET_DAYS) {
            throw new UserFacingException("calendar.error.tet-total", MAX_TET_DAYS);
        }
        if (tet.before() < 0 || tet.before() >= tet.total()) {
            throw new UserFacingException("calendar.error.tet-before");
        }
        CalendarSetting setting = settings.findById(1L).orElseThrow();
        String before = setting.restDays() + " Tết " + setting.tetDaysTotal() + "/" + setting.tetDaysBefore();
        setting.setRestDays(restDays);
        setting.setTetSpan(tet.total(), tet.before());
        settings.flush();
        calendar.invalidateAfterCommit();
        audit.record("CALENDAR_SETTINGS_CHANGED", "calendar_setting", 1,
                before + " -> " + setting.restDays() + " Tết " + tet.total() + "/" + tet.before());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void remove(long id) {
        CalendarAdjustment adjustment = adjustments.findById(id)
                .orElseThrow(() -> new UserFacingException("calendar.error.not-found"));
        adjustments.delete(adjustment);
        adjustments.flush();
        calendar.invalidateAfterCommit();
        audit.record("CALENDAR_ADJUSTMENT_REMOVED", "calendar_adjustment", id,
                adjustment.getDay() + " " + adjustment.getKind() + " | " + adjustment.getReason());
    }
}
