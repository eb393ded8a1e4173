package vn.mttq.giamsat.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Who or what is supervised: a person (name, position, unit, category) or a body. Sensitive:
 * read only by Front staff in the unit's scope and the delegation's members.
 */
@Entity
@Table(name = "supervision_subject")
public class Subject {

    public static final int NAME_MAX = 200;
    public static final int ORGANISATION_MAX = 300;

    public enum Kind { PERSON, BODY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind = Kind.PERSON;

    @Column(nullable = false)
    private String name = "";

    @Column(nullable = false)
    private String position = "";

    @Column(nullable = false)
    private String organisation = "";

    @Enumerated(EnumType.STRING)
    private @Nullable SubjectCategory category;

    protected Subject() {
    }

    public Subject(long activityId, Kind kind, String name, String position, String organisation, @Nullable SubjectCategory category) {
        this.activityId = activityId;
        this.kind = kind;
        this.name = name;
        this.position = position;
        this.organisation = organisation;
        this.category = kind == Kind.BODY ? null : category;
    }

    public @Nullable Long getId() { return id; }
    public long getActivityId() { return activityId; }
    public Kind getKind() { return kind; }
    public String getName() { return name; }
    public String getPosition() { return position; }
    public String getOrganisation() { return organisation; }
    public @Nullable SubjectCategory getCategory() { return category; }

    /** "Nguyễn Văn A, Chủ tịch UBND xã Cư Yên" or the body's name. */
    public String label() {
        if (kind == Kind.BODY) {
            return name;
        }
        String where = (position + " " + organisation).strip();
        return where.isEmpty() ? name : name + ", " + where;
    }
}
