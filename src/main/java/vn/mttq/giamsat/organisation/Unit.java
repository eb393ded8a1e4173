package vn.mttq.giamsat.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.text.PortalText;
import vn.mttq.giamsat.base.text.TextPolicy;

/** A Front committee, department or member organisation, placed in the unit tree. */
@Entity
@Table(name = "unit")
public class Unit {

    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 255;
    public static final int SIGNER_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = "[A-Za-z0-9_.-]*")
    @Column(nullable = false)
    private String code = "";

    @NotBlank
    @Size(max = NAME_MAX)
    @PortalText(max = NAME_MAX)
    @Column(nullable = false)
    private String name = "";

    /** What lists, charts and choosers show; derived from the name when left blank (UnitShortNames). */
    @Size(max = UnitShortNames.MAX)
    @PortalText(max = UnitShortNames.MAX)
    @Column(name = "short_name", nullable = false)
    private String shortName = "";

    /** Who signs the unit's documents (Decree 30/2020, Annex I): title, e.g. "CHỦ TỊCH", and full name. */
    @Size(max = SIGNER_MAX)
    @PortalText(max = SIGNER_MAX)
    @Column(name = "signer_title")
    private @Nullable String signerTitle;

    @Size(max = SIGNER_MAX)
    @PortalText(max = SIGNER_MAX)
    @Column(name = "signer_name")
    private @Nullable String signerName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind = UnitKind.COMMUNE_FRONT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable Unit parent;

    /** Chain of ids from the root, e.g. "/1/4/17/"; maintained by UnitService. */
    @Column(nullable = false)
    private String path = "/";

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String code, String name, UnitKind kind, @Nullable Unit parent) {
        this.code = code;
        this.name = TextPolicy.normalise(name);
        this.kind = kind;
        this.parent = parent;
    }

    public @Nullable Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? "" : code.strip(); }
    public String getName() { return name; }
    public void setName(String name) {
        String renamed = name == null ? "" : TextPolicy.normalise(name);
        if (!renamed.equals(this.name) && shortName.equals(UnitShortNames.derive(this.name, kind))) {
            shortName = ""; // a short name the rule made follows the new name; one an administrator wrote stays
        }
        this.name = renamed;
    }
    /** The short name, or the one the rule derives while none is kept (a unit not yet saved). */
    public String getShortName() { return shortName.isBlank() ? UnitShortNames.derive(name, kind) : shortName; }
    /** The short name as written by an administrator; blank lets the rule derive it at save. */
    public String getWrittenShortName() { return shortName; }
    public void setWrittenShortName(String shortName) { this.shortName = shortName == null ? "" : TextPolicy.normalise(shortName).strip(); }
    public @Nullable String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(@Nullable String signerTitle) { this.signerTitle = blankToNull(signerTitle); }
    public @Nullable String getSignerName() { return signerName; }
    public void setSignerName(@Nullable String signerName) { this.signerName = blankToNull(signerName); }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : TextPolicy.normalise(s).strip();
    }

    /** A blank short name is stored as the derived one, so SQL lists (deadlines) can read it too. */
    @PrePersist
    @PreUpdate
    void keepShortName() {
        if (shortName.isBlank()) {
            shortName = UnitShortNames.derive(name, kind);
        }
    }
    public UnitKind getKind() { return kind; }
    public void setKind(UnitKind kind) { this.kind = kind; }
    public @Nullable Unit getParent() { return parent; }
    public void setParent(@Nullable Unit parent) { this.parent = parent; }
    public String getPath() { return path; }

    /** Recomputes the path from the parent's; needs the id, so call it after the first save. */
    String refreshPath() {
        this.path = (parent == null ? "/" : parent.getPath()) + id + "/";
        return path;
    }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(Unit other) {
        return other.getPath().startsWith(path);
    }

    /** Identity is the database id, so a detached copy equals the row it came from. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Unit other && id != null && id.equals(other.getId()));
    }

    @Override
    public int hashCode() {
        return Unit.class.hashCode();
    }
}
