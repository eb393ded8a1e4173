package vn.mttq.giamsat.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A working session of a supervision (buổi làm việc): when, where, who attended, what was noted. */
@Entity
@Table(name = "supervision_session")
public class WorkingSession {

    public static final int PLACE_MAX = 300;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn = LocalDate.EPOCH;

    @Column(name = "starts_at")
    private @Nullable LocalTime startsAt;

    @Column(nullable = false)
    private String place = "";

    @Column(nullable = false)
    private String attendees = "";

    @Column(nullable = false)
    private String notes = "";

    @Version
    private long version;

    protected WorkingSession() {
    }

    public WorkingSession(long activityId, LocalDate heldOn, @Nullable LocalTime startsAt, String place, String attendees, String notes) {
        this.activityId = activityId;
        this.heldOn = heldOn;
        this.startsAt = startsAt;
        this.place = place;
        this.attendees = attendees;
        this.notes = notes;
    }

    public @Nullable Long getId() { return id; }
    public long getActivityId() { return activityId; }
    public LocalDate getHeldOn() { return heldOn; }
    public @Nullable LocalTime getStartsAt() { return startsAt; }
    public String getPlace() { return place; }
    public String getAttendees() { return attendees; }
    public String getNotes() { return notes; }
}
