package vn.mttq.giamsat.supervision;

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

/**
 * One recommendation to the party committee, tracked on its own: the day the committee received
 * the letter starts its deadline (kept here as the engine computed it, for the lists), then the
 * written answer, its outcome and the follow-up until done or closed.
 */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    public static final int TEXT_MAX = 4000;
    public static final int SYMBOL_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "subject_id")
    private @Nullable Long subjectId;

    @Column(nullable = false)
    private String text = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecommendationStatus status = RecommendationStatus.DRAFT;

    @Column(name = "complex_case", nullable = false)
    private boolean complexCase;

    @Column(name = "received_on")
    private @Nullable LocalDate receivedOn;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    /** The standard time limit's last day, as first registered (an extension moves dueDate only). */
    @Column(name = "standard_due")
    private @Nullable LocalDate standardDue;

    @Column(name = "answered_on")
    private @Nullable LocalDate answeredOn;

    @Column(name = "answer_symbol")
    private @Nullable String answerSymbol;

    @Column(name = "answer_summary")
    private @Nullable String answerSummary;

    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;

    @Column(name = "follow_up", nullable = false)
    private String followUp = "";

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Column(name = "close_note")
    private @Nullable String closeNote;

    @Column(name = "responsible_account_id")
    private @Nullable Long responsibleAccountId;

    @Version
    private long version;

    protected Recommendation() {
    }

    public Recommendation(long activityId, long unitId, @Nullable Long subjectId, String text, @Nullable Long responsibleAccountId) {
        this.activityId = activityId;
        this.unitId = unitId;
        this.subjectId = subjectId;
        this.text = text;
        this.responsibleAccountId = responsibleAccountId;
    }

    public @Nullable Long getId() { return id; }
    public long getActivityId() { return activityId; }
    public long getUnitId() { return unitId; }
    public @Nullable Long getSubjectId() { return subjectId; }
    public String getText() { return text; }
    public RecommendationStatus getStatus() { return status; }
    public boolean isComplexCase() { return complexCase; }
    public @Nullable LocalDate getReceivedOn() { return receivedOn; }
    public @Nullable LocalDate getDueDate() { return dueDate; }
    public @Nullable LocalDate getAnsweredOn() { return answeredOn; }
    public @Nullable String getAnswerSymbol() { return answerSymbol; }
    public @Nullable String getAnswerSummary() { return answerSummary; }
    public @Nullable Outcome getOutcome() { return outcome; }
    public String getFollowUp() { return followUp; }
    public @Nullable LocalDate getClosedOn() { return closedOn; }
    public @Nullable String getCloseNote() { return closeNote; }
    public @Nullable Long getResponsibleAccountId() { return responsibleAccountId; }
    public long getVersion() { return version; }

    /** Answered by the due date (or, unanswered, not yet past it). */
    public boolean answeredOnTime() {
        return answeredOn != null && dueDate != null && !answeredOn.isAfter(dueDate);
    }

    void edit(@Nullable Long subjectId, String text) { this.subjectId = subjectId; this.text = text; }
    public void sent() { this.status = RecommendationStatus.AWAITING_RECEIPT; }
    public void received(LocalDate on, LocalDate due) {
        this.receivedOn = on;
        this.dueDate = due;
        this.standardDue = due;
        this.status = RecommendationStatus.AWAITING_ANSWER;
    }
    void extended(LocalDate due) { this.complexCase = true; this.dueDate = due; }

    public void answered(LocalDate on, String symbol, String summary, Outcome outcome) {
        this.answeredOn = on;
        this.answerSymbol = symbol;
        this.answerSummary = summary;
        this.outcome = outcome;
        this.status = RecommendationStatus.ANSWERED;
    }

    void followedUp(String line) { this.followUp = followUp.isEmpty() ? line : followUp + "\n" + line; }
    public void done(LocalDate on, String note) { this.status = RecommendationStatus.DONE; this.closedOn = on; this.closeNote = note; }
    void closed(LocalDate on, String note) { this.status = RecommendationStatus.CLOSED; this.closedOn = on; this.closeNote = note; }
}
