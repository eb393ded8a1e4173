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

/** A member of a supervision delegation, from the Front or a member organisation, with a role. */
@Entity
@Table(name = "delegation_member")
public class DelegationMember {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "full_name", nullable = false)
    private String fullName = "";

    @Column(nullable = false)
    private String position = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DelegationRole role = DelegationRole.MEMBER;

    protected DelegationMember() {
    }

    public DelegationMember(long activityId, long unitId, String fullName, String position, DelegationRole role) {
        this.activityId = activityId;
        this.unitId = unitId;
        this.fullName = fullName;
        this.position = position;
        this.role = role;
    }

    public @Nullable Long getId() { return id; }
    public long getActivityId() { return activityId; }
    public long getUnitId() { return unitId; }
    public String getFullName() { return fullName; }
    public String getPosition() { return position; }
    public DelegationRole getRole() { return role; }
}
