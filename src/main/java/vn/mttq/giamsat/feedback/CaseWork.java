package vn.mttq.giamsat.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.work.WorkItem;
import vn.mttq.giamsat.base.work.WorkSource;
import vn.mttq.giamsat.organisation.DataScopeService;

/**
 * People's cases on the home page before they have a deadline (the engine lists those awaiting
 * an answer): new cases the person's own Front must classify (those sent through the public page
 * among them), and the cases assigned to the person that still have to be sent to the competent body.
 */
@Service
class CaseWork implements WorkSource {

    private final FeedbackCaseRepository cases;
    private final DataScopeService scopes;

    CaseWork(FeedbackCaseRepository cases, DataScopeService scopes) {
        this.cases = cases;
        this.scopes = scopes;
    }

    @Override
    @PreAuthorize("isAuthenticated() and #user.accountId() == principal.accountId()")
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(PortalUser user, LocalDate today, int limit) {
        if (user.role() == Role.MEMBER_ORGANISATION) {
            return List.of();
        }
        List<WorkItem> out = new ArrayList<>();
        for (FeedbackCase c : cases.findTop20ByFollowingUnitIdAndStatusOrderByReceivedOnAsc(scopes.of(user).rootUnitId(), CaseStatus.RECEIVED)) {
            out.add(item(c, c.isOnline() ? "home.work.case-online" : "home.work.case-to-classify"));
        }
        for (FeedbackCase c : cases.findTop20ByHandlerAccountIdAndStatusOrderByReceivedOnAsc(user.accountId(), CaseStatus.ASSIGNED)) {
            out.add(item(c, "home.work.case-to-forward"));
        }
        return out.stream().limit(limit).toList();
    }

    private static WorkItem item(FeedbackCase c, String badge) {
        return new WorkItem("work.kind.case", CaseService.title(c), c.getReceiptCode(), null, 0, WorkItem.Urgency.INFO,
                c.getCreatedAt(), "phan-anh/" + c.getId(), badge);
    }
}
