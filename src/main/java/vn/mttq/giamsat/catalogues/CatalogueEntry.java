package vn.mttq.giamsat.catalogues;

import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.base.text.PortalText;

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
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One item of a reference catalogue, e.g. manifestation "DD-04" in the ethics-and-lifestyle group. */
@Entity
@Table(name = "catalogue_entry")
public class CatalogueEntry {

    public static final int CODE_MAX = 32;
    public static final int TITLE_MAX = 1000;
    public static final int SOURCE_MAX = 255;
    public static final int OFFICIAL_TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Catalogue catalogue = Catalogue.LEGAL_BASIS;

    @NotBlank
    @Size(max = CODE_MAX)
    @PortalText(max = CODE_MAX)
    @Column(nullable = false)
    private String code = "";

    @Column(name = "group_code")
    private @Nullable String groupCode;

    @NotBlank
    @Size(max = TITLE_MAX)
    @PortalText(max = TITLE_MAX, multiline = true)
    @Column(nullable = false)
    private String title = "";

    @Size(max = SOURCE_MAX)
    @PortalText(max = SOURCE_MAX)
    private @Nullable String source;

    /** The item's wording in the legal text, where it was found in a published source; lists show the short title. */
    @Size(max = OFFICIAL_TEXT_MAX)
    @PortalText(max = OFFICIAL_TEXT_MAX, multiline = true)
    @Column(name = "official_text")
    private @Nullable String officialText;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected CatalogueEntry() {
    }

    public CatalogueEntry(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public @Nullable Long getId() { return id; }
    public Catalogue getCatalogue() { return catalogue; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? "" : code.strip(); }
    public @Nullable String getGroupCode() { return groupCode; }
    public void setGroupCode(@Nullable String groupCode) { this.groupCode = groupCode; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? "" : TextPolicy.normalise(title); }
    public @Nullable String getSource() { return source; }
    public void setSource(@Nullable String source) { this.source = source == null || source.isBlank() ? null : TextPolicy.normalise(source); }
    public @Nullable String getOfficialText() { return officialText; }
    public void setOfficialText(@Nullable String officialText) {
        this.officialText = officialText == null || officialText.isBlank() ? null : TextPolicy.normalise(officialText);
    }
    /** The official wording when known, else the working title: what documents print. */
    public String wording() { return officialText == null ? title : officialText; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
}
