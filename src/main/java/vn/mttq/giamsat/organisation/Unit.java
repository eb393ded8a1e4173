package vn.mttq.giamsat.organisation;

import vn.mttq.giamsat.base.TextPolicy;
import vn.mttq.giamsat.base.PortalText;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A Front committee, department or member organisation, placed in the unit tree. */
@Entity
@Table(name = "unit")
public class Unit {

    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 255;

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
    public void setName(String name) { this.name = name == null ? "" : TextPolicy.normalise(name); }
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
