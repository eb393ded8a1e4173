package vn.mttq.giamsat.supervision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.text.PortalText;
import vn.mttq.giamsat.base.text.TextPolicy;

/**
 * A supervision activity of one Front unit: its form (a catalogue code), legal basis, period,
 * the plan task it carries out, the content points supervised, the conclusion, and the numbers
 * of the report and of the recommendation letter once issued.
 */
@Entity
@Table(name = "supervision_activity")
public class Activity {

    public static final int TITLE_MAX = 500;
    public static final int TEXT_MAX = 4000;
    public static final int CONCLUSION_MAX = 20000;
    public static final int ADDRESSEE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "form_code", nullable = false)
    private String formCode = "";

    @NotBlank
    @PortalText(max = TITLE_MAX)
    @Column(nullable = false)
    private String title = "";

    @PortalText(max = TEXT_MAX, multiline = true)
    @Column(name = "legal_basis", nullable = false)
    private String legalBasis = "";

    @PortalText(max = TEXT_MAX, multiline = true)
    @Column(name = "content_other", nullable = false)
    private String contentOther = "";

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom = LocalDate.EPOCH;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo = LocalDate.EPOCH;

    @Column(name = "plan_task_id")
    private @Nullable Long planTaskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus status = ActivityStatus.PLANNED;

    @PortalText(max = CONCLUSION_MAX, multiline = true)
    @Column(nullable = false)
    private String conclusion = "";

    @Column(name = "cancel_reason")
    private @Nullable String cancelReason;

    /** The party committee at the same level that receives the recommendations, e.g. "Ban Thường vụ Huyện ủy Lương Sơn". */
    @PortalText(max = ADDRESSEE_MAX)
    @Column(nullable = false)
    private String addressee = "";

    @Column(name = "report_symbol")
    private @Nullable String reportSymbol;

    @Column(name = "report_issued_on")
    private @Nullable LocalDate reportIssuedOn;

    @Column(name = "letter_symbol")
    private @Nullable String letterSymbol;

    @Column(name = "letter_issued_on")
    private @Nullable LocalDate letterIssuedOn;

    @Column(name = "letter_received_on")
    private @Nullable LocalDate letterReceivedOn;

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supervision_content", joinColumns = @JoinColumn(name = "activity_id"))
    private Set<ContentPoint> contentPoints = new LinkedHashSet<>();

    @Version
    private long version;

    protected Activity() {
    }

    public Activity(long unitId, String createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getFormCode() { return formCode; }
    public void setFormCode(@Nullable String formCode) { this.formCode = formCode == null ? "" : formCode; }
    public String getTitle() { return title; }
    public void setTitle(@Nullable String title) { this.title = text(title); }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(@Nullable String legalBasis) { this.legalBasis = text(legalBasis); }
    public String getContentOther() { return contentOther; }
    public void setContentOther(@Nullable String contentOther) { this.contentOther = text(contentOther); }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
    public @Nullable Long getPlanTaskId() { return planTaskId; }
    public void setPlanTaskId(@Nullable Long planTaskId) { this.planTaskId = planTaskId; }
    public ActivityStatus getStatus() { return status; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(@Nullable String conclusion) { this.conclusion = text(conclusion); }
    public @Nullable String getCancelReason() { return cancelReason; }
    public String getAddressee() { return addressee; }
    public void setAddressee(@Nullable String addressee) { this.addressee = text(addressee); }
    public @Nullable String getReportSymbol() { return reportSymbol; }
    public @Nullable LocalDate getReportIssuedOn() { return reportIssuedOn; }
    public @Nullable String getLetterSymbol() { return letterSymbol; }
    public @Nullable LocalDate getLetterIssuedOn() { return letterIssuedOn; }
    public @Nullable LocalDate getLetterReceivedOn() { return letterReceivedOn; }
    public Set<ContentPoint> getContentPoints() { return contentPoints; }
    public void setContentPoints(Set<ContentPoint> points) { this.contentPoints = new LinkedHashSet<>(points); }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }

    public void moveTo(ActivityStatus next) { this.status = next; }
    public void cancelled(String reason) { this.status = ActivityStatus.CANCELLED; this.cancelReason = reason; }
    void reportIssued(String symbol, LocalDate on) { this.reportSymbol = symbol; this.reportIssuedOn = on; }
    public void letterIssued(String symbol, LocalDate on) { this.letterSymbol = symbol; this.letterIssuedOn = on; }
    public void letterReceived(LocalDate on) { this.letterReceivedOn = on; }

    /** Whether a day lies within the activity's period. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(periodFrom) && !day.isAfter(periodTo);
    }

    private static String text(@Nullable String value) {
        String normalised = TextPolicy.normalise(value);
        return normalised == null ? "" : normalised;
    }
}
