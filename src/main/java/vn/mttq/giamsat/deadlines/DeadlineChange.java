package vn.mttq.giamsat.deadlines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One line of a deadline's history; never changed once written. */
@Entity
@Immutable
@Table(name = "deadline_change")
public class DeadlineChange {

    public enum Kind { REGISTERED, EXTENDED, URGED, MET, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", nullable = false)
    private String changedBy = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind = Kind.REGISTERED;

    @Column(name = "old_due_date")
    private @Nullable LocalDate oldDueDate;

    @Column(name = "new_due_date")
    private @Nullable LocalDate newDueDate;

    @Column(name = "working_days")
    private @Nullable Integer workingDays;

    private @Nullable String reason;

    protected DeadlineChange() {
    }

    DeadlineChange(long itemId, Instant at, String by, Kind kind, @Nullable LocalDate oldDue, @Nullable LocalDate newDue,
                   @Nullable Integer workingDays, @Nullable String reason) {
        this.itemId = itemId;
        this.changedAt = at;
        this.changedBy = by;
        this.kind = kind;
        this.oldDueDate = oldDue;
        this.newDueDate = newDue;
        this.workingDays = workingDays;
        this.reason = reason;
    }

    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public Kind getKind() { return kind; }
    public @Nullable LocalDate getOldDueDate() { return oldDueDate; }
    public @Nullable LocalDate getNewDueDate() { return newDueDate; }
    public @Nullable Integer getWorkingDays() { return workingDays; }
    public @Nullable String getReason() { return reason; }
}
