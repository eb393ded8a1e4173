package vn.mttq.giamsat.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.text.PortalText;
import vn.mttq.giamsat.base.text.TextPolicy;

/**
 * A plan as its issuer edits it. The sections follow the official layout: I. purposes and
 * requirements, II. contents (numbered sub-items, one per line), III. organisation of
 * implementation. What was published is kept in {@link PlanVersion}.
 */
@Entity
@Table(name = "plan")
public class Plan {

    public static final int TITLE_MAX = 500;
    public static final int LEGAL_BASES_MAX = 4000;
    public static final int SECTION_MAX = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "issuing_unit_id", nullable = false)
    private long issuingUnitId;

    /** The plan above this one, for a plan a lower Front derived from it. */
    @Column(name = "parent_plan_id")
    private @Nullable Long parentPlanId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.DRAFT;

    @NotBlank
    @PortalText(max = TITLE_MAX)
    @Column(nullable = false)
    private String title = "";

    @PortalText(max = LEGAL_BASES_MAX, multiline = true)
    @Column(name = "legal_bases", nullable = false)
    private String legalBases = "";

    @PortalText(max = SECTION_MAX, multiline = true)
    @Column(nullable = false)
    private String purposes = "";

    @PortalText(max = SECTION_MAX, multiline = true)
    @Column(nullable = false)
    private String contents = "";

    @PortalText(max = SECTION_MAX, multiline = true)
    @Column(nullable = false)
    private String organisation = "";

    @Column(name = "number_symbol")
    private @Nullable String numberSymbol;

    @Column(name = "issued_on")
    private @Nullable LocalDate issuedOn;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    protected Plan() {
    }

    public Plan(long issuingUnitId, String createdBy, Instant createdAt) {
        this.issuingUnitId = issuingUnitId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() { return id; }
    public long getIssuingUnitId() { return issuingUnitId; }
    public @Nullable Long getParentPlanId() { return parentPlanId; }
    public void derivedFrom(long parent) { this.parentPlanId = parent; }
    public PlanStatus getStatus() { return status; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = text(title); }
    public String getLegalBases() { return legalBases; }
    public void setLegalBases(String legalBases) { this.legalBases = text(legalBases); }
    public String getPurposes() { return purposes; }
    public void setPurposes(String purposes) { this.purposes = text(purposes); }
    public String getContents() { return contents; }
    public void setContents(String contents) { this.contents = text(contents); }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = text(organisation); }
    public @Nullable String getNumberSymbol() { return numberSymbol; }
    public @Nullable LocalDate getIssuedOn() { return issuedOn; }
    public int getVersionNo() { return versionNo; }
    public long getVersion() { return version; }

    public void published(String symbol, LocalDate on) {
        this.numberSymbol = symbol;
        this.issuedOn = on;
        this.status = PlanStatus.PUBLISHED;
        this.versionNo = 1;
    }

    void revised() {
        this.versionNo++;
    }

    void closed() {
        this.status = PlanStatus.CLOSED;
    }

    private static String text(@Nullable String value) {
        String normalised = TextPolicy.normalise(value);
        return normalised == null ? "" : normalised;
    }
}
