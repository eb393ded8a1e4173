package vn.mttq.giamsat.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A good practice (mô hình hay, cách làm hiệu quả) of one unit, and what the level above decided. */
@Entity
@Table(name = "good_practice")
public class GoodPractice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(nullable = false)
    private String title = "";

    @Column(nullable = false)
    private String description = "";

    @Column(name = "since_on", nullable = false)
    private LocalDate sinceOn = LocalDate.EPOCH;

    @Column(nullable = false)
    private String results = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PracticeStatus status = PracticeStatus.PROPOSED;

    @Column(name = "commendation_proposed", nullable = false)
    private boolean commendationProposed;

    @Column(name = "decided_by")
    private @Nullable String decidedBy;

    @Column(name = "decided_on")
    private @Nullable LocalDate decidedOn;

    @Column(name = "decision_note")
    private @Nullable String decisionNote;

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    protected GoodPractice() {
    }

    public GoodPractice(long unitId, String createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public LocalDate getSinceOn() { return sinceOn; }
    public String getResults() { return results; }
    public PracticeStatus getStatus() { return status; }
    public boolean isCommendationProposed() { return commendationProposed; }
    public @Nullable String getDecidedBy() { return decidedBy; }
    public @Nullable LocalDate getDecidedOn() { return decidedOn; }
    public @Nullable String getDecisionNote() { return decisionNote; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }

    public void describe(String title, String description, LocalDate sinceOn, String results) {
        this.title = title;
        this.description = description;
        this.sinceOn = sinceOn;
        this.results = results;
    }

    public void decided(PracticeStatus status, boolean commendation, String by, LocalDate on, @Nullable String note) {
        this.status = status;
        this.commendationProposed = commendation;
        this.decidedBy = by;
        this.decidedOn = on;
        this.decisionNote = note;
    }
}
