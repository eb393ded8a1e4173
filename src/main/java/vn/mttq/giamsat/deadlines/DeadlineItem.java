package vn.mttq.giamsat.deadlines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Something that must be answered or done by a legal due date, registered by its feature. */
@Entity
@Table(name = "deadline_item")
class DeadlineItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "source_type", nullable = false)
    private String sourceType = "";

    @Column(name = "source_id", nullable = false)
    private String sourceId = "";

    @Column(nullable = false)
    private String title = "";

    private @Nullable String link;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "responsible_account_id")
    private @Nullable Long responsibleAccountId;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn = LocalDate.EPOCH;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeadlineStatus status = DeadlineStatus.OPEN;

    @Column(name = "finished_on")
    private @Nullable LocalDate finishedOn;

    @Version
    private long version;

    protected DeadlineItem() {
    }

    DeadlineItem(DeadlineRequest request, LocalDate dueDate) {
        this.sourceType = request.sourceType();
        this.sourceId = request.sourceId();
        this.title = request.title();
        this.link = request.link();
        this.unitId = request.unitId();
        this.responsibleAccountId = request.responsibleAccountId();
        this.receivedOn = request.receivedOn();
        this.workingDays = request.workingDays();
        this.dueDate = dueDate;
    }

    void extend(int newWorkingDays, LocalDate newDueDate) {
        this.workingDays = newWorkingDays;
        this.dueDate = newDueDate;
    }

    void finish(DeadlineStatus finalStatus, LocalDate on) {
        this.status = finalStatus;
        this.finishedOn = on;
    }

    Deadline view() {
        return new Deadline(id, sourceType, sourceId, title, link, unitId, responsibleAccountId, receivedOn, workingDays,
                dueDate, status, finishedOn);
    }

    @Nullable Long getId() { return id; }
    long getUnitId() { return unitId; }
    @Nullable Long getResponsibleAccountId() { return responsibleAccountId; }
    LocalDate getDueDate() { return dueDate; }
    LocalDate getReceivedOn() { return receivedOn; }
    int getWorkingDays() { return workingDays; }
    DeadlineStatus getStatus() { return status; }
    String getTitle() { return title; }
    @Nullable String getLink() { return link; }
}
