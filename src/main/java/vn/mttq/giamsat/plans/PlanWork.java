package vn.mttq.giamsat.plans;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.work.WorkItem;
import vn.mttq.giamsat.base.work.WorkSource;

/** Plans published to the person's unit that still wait for its confirmation of receipt, on the home page. */
@Service
class PlanWork implements WorkSource {

    private final PlanRecipientRepository recipients;
    private final PlanRepository plans;

    PlanWork(PlanRecipientRepository recipients, PlanRepository plans) {
        this.recipients = recipients;
        this.plans = plans;
    }

    @Override
    @PreAuthorize("isAuthenticated() and #user.accountId() == principal.accountId()")
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(PortalUser user, LocalDate today, int limit) {
        return recipients.findByUnitIdAndConfirmedAtIsNull(user.unitId()).stream()
                .map(r -> plans.findById(r.getPlanId()).orElse(null))
                .filter(p -> p != null && p.getStatus() == PlanStatus.PUBLISHED)
                .limit(limit)
                .map(p -> new WorkItem("work.kind.plan-receipt", p.getTitle(), p.getNumberSymbol(), null, 0,
                        WorkItem.Urgency.INFO, null, "ke-hoach/" + p.getId(), "home.work.to-confirm"))
                .toList();
    }
}
