package vn.mttq.giamsat.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a plan said when a version of it was published; never changed afterwards. */
@Entity
@Table(name = "plan_version")
public class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false)
    private String title = "";

    @Column(name = "legal_bases", nullable = false)
    private String legalBases = "";

    @Column(nullable = false)
    private String purposes = "";

    @Column(nullable = false)
    private String contents = "";

    @Column(nullable = false)
    private String organisation = "";

    @Column(name = "change_note")
    private @Nullable String changeNote;

    @Column(name = "published_by", nullable = false)
    private String publishedBy = "";

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt = Instant.EPOCH;

    protected PlanVersion() {
    }

    public PlanVersion(Plan plan, @Nullable String changeNote, String publishedBy, Instant publishedAt) {
        this.planId = plan.getId();
        this.versionNo = plan.getVersionNo();
        this.title = plan.getTitle();
        this.legalBases = plan.getLegalBases();
        this.purposes = plan.getPurposes();
        this.contents = plan.getContents();
        this.organisation = plan.getOrganisation();
        this.changeNote = changeNote;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public int getVersionNo() { return versionNo; }
    public String getTitle() { return title; }
    public String getLegalBases() { return legalBases; }
    public String getPurposes() { return purposes; }
    public String getContents() { return contents; }
    public String getOrganisation() { return organisation; }
    public @Nullable String getChangeNote() { return changeNote; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getPublishedAt() { return publishedAt; }
}
