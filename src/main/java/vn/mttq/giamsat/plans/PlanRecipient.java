package vn.mttq.giamsat.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A unit in the plan's "Nơi nhận", and whether it confirmed receipt. */
@Entity
@Table(name = "plan_recipient")
public class PlanRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "confirmed_by")
    private @Nullable String confirmedBy;

    protected PlanRecipient() {
    }

    public PlanRecipient(long planId, long unitId) {
        this.planId = planId;
        this.unitId = unitId;
    }

    public long getPlanId() { return planId; }
    public long getUnitId() { return unitId; }
    public @Nullable Instant getConfirmedAt() { return confirmedAt; }
    public @Nullable String getConfirmedBy() { return confirmedBy; }

    public void confirm(String by, Instant at) {
        this.confirmedBy = by;
        this.confirmedAt = at;
    }
}
