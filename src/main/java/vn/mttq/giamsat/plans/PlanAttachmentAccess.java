package vn.mttq.giamsat.plans;

import org.springframework.stereotype.Component;
import vn.mttq.giamsat.attachments.AttachmentAccess;

/** A plan's files (the signed scan) are readable by everyone who may read the plan, recipients included. */
@Component
class PlanAttachmentAccess implements AttachmentAccess {

    private final PlanService plans;

    PlanAttachmentAccess(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public String ownerType() {
        return PlanService.SOURCE_TYPE;
    }

    @Override
    public boolean mayRead(String ownerId) {
        try {
            return plans.isVisible(Long.parseLong(ownerId));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
