package vn.mttq.giamsat.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * Periodic reports as deadline items: when a period's report comes within reach, every unit
 * that owes it (districts or the direct sub-units of the province, and member organisations)
 * gets an open item due on the submission date. The normal reminder scan then reminds the units
 * that have not submitted; a submission marks the item met.
 */
@Service
public class PeriodicReports {

    static final String SOURCE_TYPE = "periodic-report";

    private final ReportingScheduleRepository schedules;
    private final DeadlineItemRepository items;
    private final DeadlineChangeRepository changes;
    private final RecipientDirectory directory;

    PeriodicReports(ReportingScheduleRepository schedules, DeadlineItemRepository items, DeadlineChangeRepository changes,
                    RecipientDirectory directory) {
        this.schedules = schedules;
        this.items = items;
        this.changes = changes;
        this.directory = directory;
    }

    /** Opens the obligations whose opening day has come (idempotent: one item per unit and period). */
    @Transactional
    public int open(LocalDate today) {
        int opened = 0;
        for (ReportingSchedule schedule : schedules.findAll()) {
            for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
                LocalDate due = schedule.dueDate(year);
                if (today.isBefore(schedule.opensOn(year)) || today.isAfter(due)) {
                    continue;
                }
                for (long unitId : directory.periodicReporters()) {
                    String sourceId = schedule.periodCode(year) + ":" + unitId;
                    if (items.findBySourceTypeAndSourceId(SOURCE_TYPE, sourceId).isEmpty()) {
                        DeadlineRequest request = new DeadlineRequest(SOURCE_TYPE, sourceId, schedule.title(year), null,
                                unitId, null, schedule.opensOn(year), 0);
                        DeadlineItem item = items.save(new DeadlineItem(request, due));
                        changes.save(new DeadlineChange(item.getId(), Instant.now(), "system",
                                DeadlineChange.Kind.REGISTERED, null, due, null, schedule.title(year)));
                        opened++;
                    }
                }
            }
        }
        return opened;
    }

    /** The unit has sent its report for the period (e.g. "2026-HALF_YEAR"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void submitted(long unitId, String periodCode, LocalDate on) {
        items.findBySourceTypeAndSourceId(SOURCE_TYPE, periodCode + ":" + unitId)
                .filter(i -> i.getStatus() == DeadlineStatus.OPEN)
                .ifPresent(i -> i.finish(DeadlineStatus.MET, on));
    }
}
