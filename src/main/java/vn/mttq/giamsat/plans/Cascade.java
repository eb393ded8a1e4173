package vn.mttq.giamsat.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.organisation.DataScopeService;

/**
 * The cascade of a plan: a lower Front derives its own plan from the one it received, inheriting
 * the tasks meant for it (each derived task linked to its parent), and the higher level sees every
 * task's progress summed up the tree.
 */
@Service
public class Cascade {

    /** A plan in the tree with its rolled-up progress (mean over its tasks) and its derived plans. */
    public record Node(Plan plan, String unitName, int progress, int tasks, int done, List<Node> children) {
    }

    private final PlanRepository plans;
    private final PlanTaskRepository tasks;
    private final PlanService planService;
    private final DataScopeService scopes;
    private final CurrentUser currentUser;
    private final AuditService audit;

    Cascade(PlanRepository plans, PlanTaskRepository tasks, PlanService planService, DataScopeService scopes,
            CurrentUser currentUser, AuditService audit) {
        this.plans = plans;
        this.tasks = tasks;
        this.planService = planService;
        this.scopes = scopes;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * The person's Front derives its plan from a published plan it received: a draft in its own
     * name, citing the higher plan, with the higher plan's sections and the tasks meant for it.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Plan derive(long parentPlanId) {
        PortalUser user = currentUser.require();
        Plan parent = planService.get(parentPlanId);
        if (parent.getStatus() != PlanStatus.PUBLISHED) {
            throw new UserFacingException("plan.error.not-published");
        }
        boolean recipient = planService.receipts(parentPlanId).stream().anyMatch(r -> r.unitId() == user.unitId());
        if (!recipient || !scopes.mayIssueFor(user.unitId())) {
            throw new AccessDeniedException("only a Front that received the plan derives its own from it");
        }
        Plan plan = planService.createDraft(user.unitId(), Texts.vi("plan.derived.title", parent.getTitle()));
        plan.derivedFrom(parentPlanId);
        plan.setLegalBases(Texts.vi("plan.derived.basis", parent.getNumberSymbol(), planService.unitName(parent.getIssuingUnitId()))
                + (parent.getLegalBases().isBlank() ? "" : "\n" + parent.getLegalBases()));
        plan.setPurposes(parent.getPurposes());
        plan.setContents(parent.getContents());
        plan.setOrganisation(parent.getOrganisation());
        Plan saved = plans.saveAndFlush(plan);
        for (PlanTask task : tasks.findByPlanIdOrderByDueDateAscIdAsc(parentPlanId)) {
            if (task.getLeadUnitId() == user.unitId()) {
                PlanTask derived = new PlanTask(saved.getId(), task.getTitle(), user.unitId(), task.getDueDate(), task.getExpectedOutput());
                derived.derivedFrom(task.getId());
                tasks.save(derived);
            }
        }
        audit.record("PLAN_DERIVED", PlanService.SOURCE_TYPE, saved.getId(), "from " + parent.getNumberSymbol());
        return saved;
    }

    /** A task's progress with the tree below it: the mean of its derived tasks' progress, or its own without any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int progress(long taskId) {
        return rolled(tasks.findById(taskId).orElseThrow(() -> new UserFacingException("task.error.not-found")), new HashMap<>());
    }

    /**
     * The plan and every plan derived from it, below it, with progress per node. The subtree's
     * plans are found level by level, then all their tasks are read in one query and rolled up in
     * memory (thousands of tasks, a handful of queries).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Node tree(long planId) {
        Plan root = planService.get(planId);
        Map<Long, List<Plan>> childPlans = new HashMap<>();
        List<Long> all = new ArrayList<>(List.of(root.getId()));
        List<Long> level = List.of(root.getId());
        while (!level.isEmpty()) {
            List<Plan> below = plans.findByParentPlanIdInOrderById(level);
            below.forEach(p -> childPlans.computeIfAbsent(p.getParentPlanId(), k -> new ArrayList<>()).add(p));
            level = below.stream().map(Plan::getId).toList();
            all.addAll(level);
        }
        Map<Long, List<PlanTask>> byPlan = new HashMap<>();
        Map<Long, List<PlanTask>> byParent = new HashMap<>();
        for (PlanTask t : tasks.findByPlanIdIn(all)) {
            byPlan.computeIfAbsent(t.getPlanId(), k -> new ArrayList<>()).add(t);
            if (t.getParentTaskId() != null) {
                byParent.computeIfAbsent(t.getParentTaskId(), k -> new ArrayList<>()).add(t);
            }
        }
        return node(root, childPlans, byPlan, byParent, new HashMap<>(), new HashMap<>());
    }

    private Node node(Plan plan, Map<Long, List<Plan>> childPlans, Map<Long, List<PlanTask>> byPlan,
                      Map<Long, List<PlanTask>> byParent, Map<Long, Integer> memo, Map<Long, String> names) {
        List<PlanTask> own = byPlan.getOrDefault(plan.getId(), List.of());
        int sum = 0;
        int done = 0;
        for (PlanTask t : own) {
            sum += rolledInMemory(t, byParent, memo);
            done += t.getStatus() == TaskStatus.DONE ? 1 : 0;
        }
        List<Node> children = new ArrayList<>();
        for (Plan child : childPlans.getOrDefault(plan.getId(), List.of())) {
            if (planService.isVisible(child.getId())) {
                children.add(node(child, childPlans, byPlan, byParent, memo, names));
            }
        }
        String unitName = names.computeIfAbsent(plan.getIssuingUnitId(), planService::unitShortName);
        return new Node(plan, unitName, own.isEmpty() ? 0 : Math.round((float) sum / own.size()), own.size(), done, children);
    }

    private int rolledInMemory(PlanTask task, Map<Long, List<PlanTask>> byParent, Map<Long, Integer> memo) {
        Integer known = memo.get(task.getId());
        if (known != null) {
            return known;
        }
        List<PlanTask> below = byParent.getOrDefault(task.getId(), List.of());
        int value;
        if (below.isEmpty()) {
            value = task.getStatus() == TaskStatus.DONE ? 100 : task.getProgress();
        } else {
            int sum = 0;
            for (PlanTask b : below) {
                sum += rolledInMemory(b, byParent, memo);
            }
            value = Math.round((float) sum / below.size());
        }
        memo.put(task.getId(), value);
        return value;
    }

    private int rolled(PlanTask task, Map<Long, Integer> memo) {
        Integer known = memo.get(task.getId());
        if (known != null) {
            return known;
        }
        List<PlanTask> below = tasks.findByParentTaskId(task.getId());
        int value;
        if (below.isEmpty()) {
            value = task.getStatus() == TaskStatus.DONE ? 100 : task.getProgress();
        } else {
            int sum = 0;
            for (PlanTask b : below) {
                sum += rolled(b, memo);
            }
            value = Math.round((float) sum / below.size());
        }
        memo.put(task.getId(), value);
        return value;
    }
}
