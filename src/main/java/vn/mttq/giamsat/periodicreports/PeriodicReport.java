package vn.mttq.giamsat.periodicreports;

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
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.deadlines.ReportingPeriod;

/** One unit's report for one reporting period (or, consolidated, the level above's). */
@Entity
@Table(name = "periodic_report")
public class PeriodicReport {

    /** Each narrative section's limit: a few pages of text. */
    public static final int TEXT_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;
    @Column(name = "period_kind", nullable = false)
    private String periodKind = "";
    @Column(name = "period_year", nullable = false)
    private int periodYear;
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom = LocalDate.EPOCH;
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo = LocalDate.EPOCH;
    private boolean consolidated;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status = ReportStatus.DRAFT;
    private String results = "";
    private String strengths = "";
    private String limitations = "";
    private String recommendations = "";
    @Column(name = "next_tasks")
    private String nextTasks = "";
    @Column(name = "return_comment")
    private @Nullable String returnComment;
    @Column(name = "submitted_on")
    private @Nullable LocalDate submittedOn;
    @Column(name = "submitted_by")
    private @Nullable String submittedBy;
    @Column(name = "decided_on")
    private @Nullable LocalDate decidedOn;
    @Column(name = "decided_by")
    private @Nullable String decidedBy;
    @Column(name = "number_symbol")
    private @Nullable String numberSymbol;
    @Column(name = "issued_on")
    private @Nullable LocalDate issuedOn;
    @Column(name = "created_by", nullable = false)
    private String createdBy = "";
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;
    @Version
    private long version;

    protected PeriodicReport() {
    }

    public PeriodicReport(long unitId, ReportingPeriod period, boolean consolidated, String createdBy, Instant at) {
        this.unitId = unitId;
        this.periodKind = period.kind();
        this.periodYear = period.year();
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.consolidated = consolidated;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public long getId() { return id == null ? 0 : id; }
    public long getUnitId() { return unitId; }
    public String getPeriodKind() { return periodKind; }
    public int getPeriodYear() { return periodYear; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public boolean isConsolidated() { return consolidated; }
    public ReportStatus getStatus() { return status; }
    public @Nullable String getReturnComment() { return returnComment; }
    public @Nullable LocalDate getSubmittedOn() { return submittedOn; }
    public @Nullable String getSubmittedBy() { return submittedBy; }
    public @Nullable LocalDate getDecidedOn() { return decidedOn; }
    public @Nullable String getNumberSymbol() { return numberSymbol; }
    public @Nullable LocalDate getIssuedOn() { return issuedOn; }
    public long getVersion() { return version; }

    /** "2026-HALF_YEAR", as the deadline engine's obligations name the period. */
    public String periodCode() {
        return periodYear + "-" + periodKind;
    }

    public ReportingPeriod period() {
        return new ReportingPeriod(periodKind, periodYear, periodFrom, periodTo);
    }

    public Map<Section, String> narrative() {
        Map<Section, String> m = new EnumMap<>(Section.class);
        m.put(Section.RESULTS, results);
        m.put(Section.STRENGTHS, strengths);
        m.put(Section.LIMITATIONS, limitations);
        m.put(Section.RECOMMENDATIONS, recommendations);
        m.put(Section.NEXT_TASKS, nextTasks);
        return m;
    }

    public void write(Map<Section, String> texts) {
        results = clean(texts.get(Section.RESULTS));
        strengths = clean(texts.get(Section.STRENGTHS));
        limitations = clean(texts.get(Section.LIMITATIONS));
        recommendations = clean(texts.get(Section.RECOMMENDATIONS));
        nextTasks = clean(texts.get(Section.NEXT_TASKS));
    }

    private static String clean(@Nullable String text) {
        String clean = TextPolicy.require(text, TEXT_MAX, true);
        return clean == null ? "" : clean;
    }

    public void submitted(LocalDate on, String by) {
        status = ReportStatus.SUBMITTED;
        submittedOn = on;
        submittedBy = by;
    }

    public void accepted(LocalDate on, String by) {
        status = ReportStatus.ACCEPTED;
        decidedOn = on;
        decidedBy = by;
    }

    public void returned(LocalDate on, String by, String comment) {
        status = ReportStatus.RETURNED;
        decidedOn = on;
        decidedBy = by;
        returnComment = comment;
    }

    public void issued(String symbol, LocalDate on) {
        status = ReportStatus.ISSUED;
        numberSymbol = symbol;
        issuedOn = on;
    }
}
