package vn.mttq.giamsat.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** What the supervision found about one subject and one content point (both optional), in words. */
@Entity
@Table(name = "supervision_finding")
public class Finding {

    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "subject_id")
    private @Nullable Long subjectId;

    private @Nullable String catalogue;

    private @Nullable String code;

    @Column(nullable = false)
    private String text = "";

    @Version
    private long version;

    protected Finding() {
    }

    public Finding(long activityId, @Nullable Long subjectId, @Nullable ContentPoint point, String text) {
        this.activityId = activityId;
        this.subjectId = subjectId;
        this.catalogue = point == null ? null : point.getCatalogue();
        this.code = point == null ? null : point.getCode();
        this.text = text;
    }

    public @Nullable Long getId() { return id; }
    public long getActivityId() { return activityId; }
    public @Nullable Long getSubjectId() { return subjectId; }
    public @Nullable ContentPoint getPoint() { return catalogue == null || code == null ? null : new ContentPoint(catalogue, code); }
    public String getText() { return text; }
}
