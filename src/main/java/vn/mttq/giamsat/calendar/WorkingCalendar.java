package vn.mttq.giamsat.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.infra.ClusterSignals;
import vn.mttq.giamsat.base.text.PortalYears;

/**
 * Deadline arithmetic in working days, the single place every feature asks.
 * Rules (Civil Code 2015 art. 147-148, as applied to Regulation 124's "20 working days from
 * receipt"): the day of receipt is not counted; counting starts the next day; only working days
 * count; the result is therefore always a working day. Days off of a year are the law's defaults
 * ({@link HolidayRules}) changed by the year's recorded government decisions.
 */
@Service
public class WorkingCalendar {

    public static final int FIRST_YEAR = PortalYears.FIRST;
    public static final int LAST_YEAR = PortalYears.LAST;

    private final CalendarAdjustmentRepository adjustments;
    private final CalendarSettingRepository settings;
    private final Map<Integer, Map<LocalDate, DayOff>> cache = new ConcurrentHashMap<>();

    static final String SIGNAL = "working-calendar";
    private final ClusterSignals signals;

    WorkingCalendar(CalendarAdjustmentRepository adjustments, CalendarSettingRepository settings, ClusterSignals signals) {
        this.adjustments = adjustments;
        this.settings = settings;
        this.signals = signals;
        signals.listen(SIGNAL, any -> cache.clear());
    }

    /** Every day off of a year, weekly rest days included, in date order. */
    public List<DayOff> daysOff(int year) {
        return List.copyOf(year(year).values());
    }

    public boolean isWorkingDay(LocalDate date) {
        return !year(date.getYear()).containsKey(date);
    }

    /** The due date of something received on {@code received} that must be done within N working days. */
    public LocalDate dueDate(LocalDate received, int workingDays) {
        if (workingDays < 1) {
            throw new UserFacingException("calendar.error.working-days", workingDays);
        }
        LocalDate day = received;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days left before the due date, counting from the day after {@code today} up to the
     * due date itself; 0 when due today or overdue.
     */
    public int workingDaysRemaining(LocalDate today, LocalDate due) {
        return today.isBefore(due) ? workingDaysBetween(today, due) : 0;
    }

    /**
     * The latest day of receipt whose deadline of {@code workingDays} leaves {@code daysLeft}
     * working days on {@code today} (or fewer; negative: overdue by that many), looking back at
     * most 120 days. For demo data and tests that need an item "due in 3 days" or "2 days late".
     */
    public LocalDate receivedLeaving(LocalDate today, int workingDays, int daysLeft) {
        for (int back = 0; back < 120; back++) {
            LocalDate received = today.minusDays(back);
            LocalDate due = dueDate(received, workingDays);
            int left = due.isBefore(today) ? -workingDaysOverdue(today, due) : workingDaysRemaining(today, due);
            if (left <= daysLeft) {
                return received;
            }
        }
        return today;
    }

    /** Working days that have passed since the due date (0 if not overdue). */
    public int workingDaysOverdue(LocalDate today, LocalDate due) {
        return today.isAfter(due) ? workingDaysBetween(due, today) : 0;
    }

    /** Working days in (from, to]: the first day excluded, the last included. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Forgets computed years once the current transaction commits (a decision or the week
     * pattern changed), so no other thread caches the state from before the commit. The other
     * nodes of a cluster forget theirs when the change's signal reaches them (seconds).
     */
    void invalidateAfterCommit() {
        cache.clear();
        signals.afterCommit(SIGNAL, List.of());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.clear();
                }
            });
        }
    }

    private Map<LocalDate, DayOff> year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new UserFacingException("calendar.error.year-range", FIRST_YEAR, LAST_YEAR);
        }
        return cache.computeIfAbsent(year, this::compute);
    }

    private Map<LocalDate, DayOff> compute(int year) {
        CalendarSetting setting = settings.findById(1L).orElseGet(CalendarSetting::new);
        Set<DayOfWeek> rest = setting.restDays();
        Map<LocalDate, DayOff> days = new TreeMap<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (rest.contains(d.getDayOfWeek())) {
                days.put(d, new DayOff(d, DayOff.Kind.WEEKLY_REST, "calendar.reason.weekly-rest", ""));
            }
        }
        HolidayRules.defaults(year, rest, setting.tetDaysBefore(), setting.tetDaysTotal()).forEach((d, off) -> {
            if (d.getYear() == year) {
                days.put(d, off);
            }
        });
        for (CalendarAdjustment a : adjustments.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            if (a.getKind() == CalendarAdjustment.Kind.WORKING_DAY) {
                days.remove(a.getDay());
            } else {
                days.put(a.getDay(), new DayOff(a.getDay(), DayOff.Kind.DECIDED, "calendar.reason.decided",
                        a.getReason() + (a.decision().isEmpty() ? "" : " - " + a.decision())));
            }
        }
        return Collections.unmodifiableMap(days);
    }
}
