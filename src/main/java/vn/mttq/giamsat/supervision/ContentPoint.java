package vn.mttq.giamsat.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A point supervised, as a catalogue item: e.g. MANIFESTATION/DD-04. */
@Embeddable
public class ContentPoint {

    @Column(nullable = false)
    private String catalogue = "";

    @Column(nullable = false)
    private String code = "";

    protected ContentPoint() {
    }

    public ContentPoint(String catalogue, String code) {
        this.catalogue = catalogue;
        this.code = code;
    }

    public String getCatalogue() { return catalogue; }
    public String getCode() { return code; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContentPoint p && p.catalogue.equals(catalogue) && p.code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(catalogue, code);
    }
}
