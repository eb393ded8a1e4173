package vn.mttq.giamsat.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.text.SearchText;

/**
 * A case as the Front follows it. The reporter's identity fields hold only sealed values
 * ({@link IdentityVault}); nothing here prints them, and the entity never carries them in clear.
 */
@Entity
@Table(name = "feedback_case")
public class FeedbackCase {

    public static final int NAME_MAX = 200;
    public static final int UNIT_MAX = 300;
    public static final int CONTENT_MAX = 10000;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "receipt_code", nullable = false)
    private String receiptCode = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel = Channel.IN_PERSON;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseKind kind = CaseKind.OTHER;

    @Column(name = "subject_name", nullable = false)
    private String subjectName = "";

    @Column(name = "subject_position", nullable = false)
    private String subjectPosition = "";

    @Column(name = "subject_unit", nullable = false)
    private String subjectUnit = "";

    @Column(nullable = false)
    private String content = "";

    /** Catalogue points and the extra classes, e.g. "MANIFESTATION:DD-04,CORRUPTION". */
    @Column(nullable = false)
    private String classification = "";

    @Column(name = "following_unit_id", nullable = false)
    private long followingUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status = CaseStatus.RECEIVED;

    @Column(name = "handler_account_id")
    private @Nullable Long handlerAccountId;

    @Column(name = "competent_body")
    private @Nullable String competentBody;

    @Column(name = "forwarded_on")
    private @Nullable LocalDate forwardedOn;

    @Column(name = "body_received_on")
    private @Nullable LocalDate bodyReceivedOn;

    @Column(name = "promised_reply_on")
    private @Nullable LocalDate promisedReplyOn;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Column(name = "answered_on")
    private @Nullable LocalDate answeredOn;

    @Column(name = "answer_symbol")
    private @Nullable String answerSymbol;

    @Column(name = "answer_summary")
    private @Nullable String answerSummary;

    @Column(name = "told_on")
    private @Nullable LocalDate toldOn;

    @Column(name = "told_how")
    private @Nullable String toldHow;

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Column(name = "close_reason")
    private @Nullable String closeReason;

    @Column(name = "merged_into")
    private @Nullable Long mergedInto;

    @Column(name = "supervision_activity_id")
    private @Nullable Long supervisionActivityId;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(nullable = false)
    private boolean online;

    @Column(name = "reporter_name")
    private @Nullable String sealedName;

    @Column(name = "reporter_address")
    private @Nullable String sealedAddress;

    @Column(name = "reporter_phone")
    private @Nullable String sealedPhone;

    @Column(name = "reporter_id_number")
    private @Nullable String sealedIdNumber;

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    /** Subject and content folded for search without diacritics (kept in step before every write). */
    @Column(name = "search_folded", nullable = false)
    private String searchFolded = "";

    @Version
    private long version;

    protected FeedbackCase() {
    }

    public FeedbackCase(String receiptCode, long followingUnitId, String createdBy, Instant createdAt) {
        this.receiptCode = receiptCode;
        this.followingUnitId = followingUnitId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() { return id; }
    public String getReceiptCode() { return receiptCode; }
    public Channel getChannel() { return channel; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public CaseKind getKind() { return kind; }
    public String getSubjectName() { return subjectName; }
    public String getSubjectPosition() { return subjectPosition; }
    public String getSubjectUnit() { return subjectUnit; }
    public String getContent() { return content; }
    public String getClassification() { return classification; }
    public long getFollowingUnitId() { return followingUnitId; }
    public CaseStatus getStatus() { return status; }
    public @Nullable Long getHandlerAccountId() { return handlerAccountId; }
    public @Nullable String getCompetentBody() { return competentBody; }
    public @Nullable LocalDate getForwardedOn() { return forwardedOn; }
    public @Nullable LocalDate getBodyReceivedOn() { return bodyReceivedOn; }
    public @Nullable LocalDate getPromisedReplyOn() { return promisedReplyOn; }
    public @Nullable LocalDate getDueDate() { return dueDate; }
    public @Nullable LocalDate getAnsweredOn() { return answeredOn; }
    public @Nullable String getAnswerSymbol() { return answerSymbol; }
    public @Nullable String getAnswerSummary() { return answerSummary; }
    public @Nullable LocalDate getToldOn() { return toldOn; }
    public @Nullable String getToldHow() { return toldHow; }
    public @Nullable LocalDate getClosedOn() { return closedOn; }
    public @Nullable String getCloseReason() { return closeReason; }
    public @Nullable Long getMergedInto() { return mergedInto; }
    public @Nullable Long getSupervisionActivityId() { return supervisionActivityId; }
    public boolean isAnonymous() { return anonymous; }
    public boolean isOnline() { return online; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }

    public void describe(Channel channel, LocalDate receivedOn, CaseKind kind, String subjectName, String subjectPosition, String subjectUnit,
                  String content) {
        this.channel = channel;
        this.receivedOn = receivedOn;
        this.kind = kind;
        this.subjectName = subjectName;
        this.subjectPosition = subjectPosition;
        this.subjectUnit = subjectUnit;
        this.content = content;
    }

    public void sealedIdentity(@Nullable String name, @Nullable String address, @Nullable String phone, @Nullable String idNumber) {
        this.sealedName = name;
        this.sealedAddress = address;
        this.sealedPhone = phone;
        this.sealedIdNumber = idNumber;
        this.anonymous = name == null && address == null && phone == null && idNumber == null;
    }

    @Nullable String sealedName() { return sealedName; }
    @Nullable String sealedAddress() { return sealedAddress; }
    @Nullable String sealedPhone() { return sealedPhone; }
    @Nullable String sealedIdNumber() { return sealedIdNumber; }

    @PrePersist
    @PreUpdate
    void foldForSearch() {
        this.searchFolded = searchText(subjectName, subjectPosition, subjectUnit, content);
    }

    static String searchText(String subjectName, String subjectPosition, String subjectUnit, String content) {
        return SearchText.indexed(subjectName, subjectPosition, subjectUnit, content);
    }

    void receivedOnline() { this.online = true; }
    public void classified(String classification) { this.classification = classification; this.status = CaseStatus.CLASSIFIED; }
    void followedBy(long unitId) { this.followingUnitId = unitId; }
    public void assigned(long accountId) { this.handlerAccountId = accountId; this.status = CaseStatus.ASSIGNED; }
    public void forwarded(String body, LocalDate on) { this.competentBody = body; this.forwardedOn = on; this.status = CaseStatus.FORWARDED; }

    public void bodyReceived(LocalDate on, @Nullable LocalDate promised, LocalDate due) {
        this.bodyReceivedOn = on;
        this.promisedReplyOn = promised;
        this.dueDate = due;
        this.status = CaseStatus.AWAITING_ANSWER;
    }

    void extended(LocalDate due) { this.dueDate = due; }

    public void answered(LocalDate on, String symbol, String summary) {
        this.answeredOn = on;
        this.answerSymbol = symbol;
        this.answerSummary = summary;
        this.status = CaseStatus.ANSWERED;
    }

    public void told(LocalDate on, String how) { this.toldOn = on; this.toldHow = how; this.status = CaseStatus.TOLD; }
    public void finished(CaseStatus end, LocalDate on, @Nullable String reason) { this.status = end; this.closedOn = on; this.closeReason = reason; }
    public void mergedInto(long other, LocalDate on) { this.mergedInto = other; finished(CaseStatus.MERGED, on, null); }
    public void outsideCompetence(String body, LocalDate on, String reason) {
        this.competentBody = body;
        this.forwardedOn = on;
        this.closeReason = reason;
        this.status = CaseStatus.OUTSIDE_COMPETENCE;
    }
    public void linkedTo(@Nullable Long activityId) { this.supervisionActivityId = activityId; }
}
