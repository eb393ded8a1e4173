package vn.mttq.giamsat.deadlines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Proof that a reminder or escalation went out for a due date; unique, so never twice. Written in batches by DeadlineReminders. */
@Entity
@Table(name = "deadline_reminder")
class DeadlineReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false)
    private String kind = "";

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate = LocalDate.EPOCH;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt = Instant.EPOCH;

    protected DeadlineReminder() {
    }
}

interface DeadlineReminderRepository extends JpaRepository<DeadlineReminder, Long> {

    /** Only the keys of the reminders already sent, for the scan's "sent before?" check. */
    @Query(
            "select concat(r.itemId, '|', r.kind, '|', r.dueDate) from DeadlineReminder r where r.itemId in :itemIds")
    List<String> sentKeys(Collection<Long> itemIds);
}
