package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.text.ListSpreadsheet;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.calendar.WorkingCalendar;

/** XLSX of what han-xu-ly shows with its filter, search and unit (issue 22: every list with filters downloads). */
@Service
class DeadlineExport {

    static final int MAX_ROWS = 10_000;

    private final DeadlineService deadlines;
    private final WorkingCalendar calendar;

    DeadlineExport(DeadlineService deadlines, WorkingCalendar calendar) {
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public byte[] write(DeadlineFilter filter) {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        List<String> headers = List.of(Texts.vi("deadline.title"), Texts.vi("account.unit"), Texts.vi("deadline.received"),
                Texts.vi("deadline.due"), Texts.vi("common.status"), Texts.vi("deadline.export.overdue-days"));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (DeadlineRow r : deadlines.list(filter, PageRequest.of(0, MAX_ROWS))) {
            boolean late = r.status() == DeadlineStatus.OPEN && today.isAfter(r.dueDate());
            rows.add(Arrays.<@Nullable Object>asList(r.title(), r.unitName(), r.receivedOn(), r.dueDate(),
                    Texts.vi("deadline.status." + r.status()), late ? (Object) calendar.workingDaysOverdue(today, r.dueDate()) : null));
        }
        return ListSpreadsheet.write(Texts.vi("menu.deadlines"), headers, rows);
    }
}
