package vn.mttq.giamsat.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.errors.RecordRefused;

/** A record page refused by scope is audited (who asked for what), like a refused identity reveal. */
@Component
class RecordRefusals {

    private final AuditService audit;

    RecordRefusals(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void refused(RecordRefused refusal) {
        audit.record("RECORD_REFUSED", refusal.route(), refusal.id(), null);
    }
}
