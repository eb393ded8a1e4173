package vn.mttq.giamsat.plans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.text.ListSpreadsheet;
import vn.mttq.giamsat.base.text.Texts;

/**
 * XLSX of what the plans and tasks lists show, with their filters (issue 22: every list with
 * filters downloads). The services' own scope checks decide what is written.
 */
@Service
class PlanExport {

    static final int MAX_ROWS = 10_000;

    private final PlanService plans;
    private final TaskService tasks;

    PlanExport(PlanService plans, TaskService tasks) {
        this.plans = plans;
        this.tasks = tasks;
    }

    @Transactional(readOnly = true)
    public byte[] plans(PlanService.Filter filter) {
        List<String> headers = List.of(vi("plan.number"), vi("plan.title"), vi("plan.issuer"), vi("plan.issued-on"), vi("plan.status"));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Plan p : plans.list(filter, PageRequest.of(0, MAX_ROWS))) {
            rows.add(Arrays.<@Nullable Object>asList(p.getNumberSymbol() == null ? vi("plan.draft-number") : p.getNumberSymbol(), p.getTitle(),
                    plans.unitName(p.getIssuingUnitId()), p.getIssuedOn(), vi("plan.status." + p.getStatus().name())));
        }
        return ListSpreadsheet.write(vi("menu.plans"), headers, rows);
    }

    @Transactional(readOnly = true)
    public byte[] tasks(@Nullable TaskStatus status) {
        List<String> headers = List.of(vi("plan.number"), vi("task.title"), vi("task.unit"), vi("task.due"), vi("task.progress"),
                vi("plan.status"));
        Map<Long, String> numbers = new HashMap<>();
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (PlanTask t : tasks.mine(status, PageRequest.of(0, MAX_ROWS))) {
            String number = numbers.computeIfAbsent(t.getPlanId(), id -> {
                String n = plans.get(id).getNumberSymbol();
                return n == null ? vi("plan.draft-number") : n;
            });
            rows.add(Arrays.<@Nullable Object>asList(number, t.getTitle(), plans.unitName(t.getLeadUnitId()), t.getDueDate(),
                    new ListSpreadsheet.Percent(t.getProgress() / 100.0), vi("task.status." + t.getStatus().name())));
        }
        return ListSpreadsheet.write(vi("menu.tasks"), headers, rows);
    }

    private static String vi(String key) {
        return Texts.vi(key);
    }
}
