package vn.mttq.giamsat.calendar;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.PortalText;

/**
 * A government decision for one day of one year: an extra day off (e.g. the exact Tết days), or
 * a day that becomes a working day (a swapped Saturday, or a default holiday the decision moved).
 */
@Entity
@Table(name = "calendar_adjustment")
public class CalendarAdjustment {

    public enum Kind { DAY_OFF, WORKING_DAY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotNull
    @Column(nullable = false)
    private LocalDate day = LocalDate.EPOCH;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind = Kind.DAY_OFF;

    @NotBlank
    @Size(max = 255)
    @Column(nullable = false)
    @PortalText(max = 255)
    private String reason = "";

    @Size(max = 100)
    @Column(name = "decision_number")
    @PortalText(max = 100)
    private @Nullable String decisionNumber;

    @Column(name = "decision_date")
    private @Nullable LocalDate decisionDate;

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    protected CalendarAdjustment() {
    }

    public CalendarAdjustment(LocalDate day, Kind kind, String reason) {
        this.day = day;
        this.kind = kind;
        this.reason = reason;
    }

    public @Nullable Long getId() { return id; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason == null ? "" : reason.strip(); }
    public @Nullable String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(@Nullable String n) { this.decisionNumber = n == null || n.isBlank() ? null : n.strip(); }
    public @Nullable LocalDate getDecisionDate() { return decisionDate; }
    public void setDecisionDate(@Nullable LocalDate decisionDate) { this.decisionDate = decisionDate; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }

    void stamp(String by, Instant at) {
        this.createdBy = by;
        this.createdAt = at;
    }

    /** "QĐ 123/QĐ-TTg (01/12/2025)" style reference, or empty. */
    public String decision() {
        if (decisionNumber == null) {
            return "";
        }
        return decisionDate == null ? decisionNumber
                : decisionNumber + " (" + PortalFormats.date(decisionDate) + ")";
    }
}
