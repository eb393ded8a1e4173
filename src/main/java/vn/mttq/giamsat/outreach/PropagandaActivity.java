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

/** A propaganda activity of one unit: its form, subject matter, period, quantity and estimated reach. */
@Entity
@Table(name = "propaganda_activity")
public class PropagandaActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "form_code", nullable = false)
    private String formCode = "";

    /** LEGAL_BASIS catalogue codes, comma-separated. */
    @Column(nullable = false)
    private String themes = "";

    @Column(nullable = false)
    private String title = "";

    @Column(name = "from_on", nullable = false)
    private LocalDate fromOn = LocalDate.EPOCH;

    @Column(name = "to_on", nullable = false)
    private LocalDate toOn = LocalDate.EPOCH;

    @Column(nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "quantity_unit", nullable = false)
    private QuantityUnit quantityUnit = QuantityUnit.SESSIONS;

    @Column(nullable = false)
    private int reach;

    @Column(nullable = false)
    private String link = "";

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    protected PropagandaActivity() {
    }

    public PropagandaActivity(long unitId, String createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public String getFormCode() { return formCode; }
    public String getThemes() { return themes; }
    public String getTitle() { return title; }
    public LocalDate getFromOn() { return fromOn; }
    public LocalDate getToOn() { return toOn; }
    public int getQuantity() { return quantity; }
    public QuantityUnit getQuantityUnit() { return quantityUnit; }
    public int getReach() { return reach; }
    public String getLink() { return link; }
    public long getVersion() { return version; }

    public void describe(String formCode, String themes, String title, LocalDate fromOn, LocalDate toOn, int quantity, QuantityUnit unit, int reach,
                  String link) {
        this.formCode = formCode;
        this.themes = themes;
        this.title = title;
        this.fromOn = fromOn;
        this.toOn = toOn;
        this.quantity = quantity;
        this.quantityUnit = unit;
        this.reach = reach;
        this.link = link;
    }
}
