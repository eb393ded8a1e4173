package vn.mttq.giamsat.outreach;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/** A training session, conference, dialogue or review of one unit, with its attendance by audience. */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 10000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionKind kind = SessionKind.CONVEY_CONFERENCE;

    @Column(nullable = false)
    private String title = "";

    @Column(name = "plan_task_id")
    private @Nullable Long planTaskId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn = LocalDate.EPOCH;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn = LocalDate.EPOCH;

    @Column(nullable = false)
    private String place = "";

    /** LEGAL_BASIS catalogue codes, comma-separated. */
    @Column(nullable = false)
    private String documents = "";

    @Column(nullable = false)
    private String speakers = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status = SessionStatus.PLANNED;

    @Column(name = "att_front_cadres", nullable = false)
    private int frontCadres;
    @Column(name = "att_member_cadres", nullable = false)
    private int memberCadres;
    @Column(name = "att_inspection", nullable = false)
    private int inspectionBoards;
    @Column(name = "att_residential", nullable = false)
    private int residentialHeads;
    @Column(name = "att_party_members", nullable = false)
    private int partyMembers;
    @Column(name = "att_people", nullable = false)
    private int people;
    @Column(name = "att_women")
    private @Nullable Integer women;
    @Column(name = "att_ethnic_minority")
    private @Nullable Integer ethnicMinority;

    @Column(nullable = false)
    private String outcome = "";
    @Column(nullable = false)
    private String strengths = "";
    @Column(nullable = false)
    private String limitations = "";
    @Column(nullable = false)
    private String causes = "";
    @Column(nullable = false)
    private String recommendations = "";

    /** Member organisations that co-organise the session. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT) // one query for a whole list's, not one per session
    @CollectionTable(name = "training_co_organiser", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "unit_id")
    private Set<Long> coOrganisers = new HashSet<>();

    @Column(name = "cancel_reason")
    private @Nullable String cancelReason;

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    protected TrainingSession() {
    }

    public TrainingSession(long unitId, String createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public SessionKind getKind() { return kind; }
    public String getTitle() { return title; }
    public @Nullable Long getPlanTaskId() { return planTaskId; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getPlace() { return place; }
    public String getDocuments() { return documents; }
    public String getSpeakers() { return speakers; }
    public SessionStatus getStatus() { return status; }
    public @Nullable Integer getWomen() { return women; }
    public @Nullable Integer getEthnicMinority() { return ethnicMinority; }
    public String getOutcome() { return outcome; }
    public String getStrengths() { return strengths; }
    public String getLimitations() { return limitations; }
    public String getCauses() { return causes; }
    public String getRecommendations() { return recommendations; }
    public @Nullable String getCancelReason() { return cancelReason; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public Set<Long> getCoOrganisers() { return Set.copyOf(coOrganisers); }

    public void setKind(SessionKind kind) { this.kind = kind; }
    public void setTitle(String title) { this.title = title; }
    public void setPlanTaskId(@Nullable Long planTaskId) { this.planTaskId = planTaskId; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public void setPlace(String place) { this.place = place; }
    public void setDocuments(String documents) { this.documents = documents; }
    public void setSpeakers(String speakers) { this.speakers = speakers; }

    /** Attendance by audience, every audience present (0 when nobody came). */
    public Map<Audience, Integer> attendance() {
        Map<Audience, Integer> out = new EnumMap<>(Audience.class);
        out.put(Audience.FRONT_CADRES, frontCadres);
        out.put(Audience.MEMBER_CADRES, memberCadres);
        out.put(Audience.INSPECTION_BOARDS, inspectionBoards);
        out.put(Audience.RESIDENTIAL_HEADS, residentialHeads);
        out.put(Audience.PARTY_MEMBERS, partyMembers);
        out.put(Audience.PEOPLE, people);
        return out;
    }

    public int totalAttendance() {
        return attendance().values().stream().mapToInt(Integer::intValue).sum();
    }

    public void attended(Map<Audience, Integer> counts, @Nullable Integer women, @Nullable Integer ethnicMinority) {
        this.frontCadres = counts.getOrDefault(Audience.FRONT_CADRES, 0);
        this.memberCadres = counts.getOrDefault(Audience.MEMBER_CADRES, 0);
        this.inspectionBoards = counts.getOrDefault(Audience.INSPECTION_BOARDS, 0);
        this.residentialHeads = counts.getOrDefault(Audience.RESIDENTIAL_HEADS, 0);
        this.partyMembers = counts.getOrDefault(Audience.PARTY_MEMBERS, 0);
        this.people = counts.getOrDefault(Audience.PEOPLE, 0);
        this.women = women;
        this.ethnicMinority = ethnicMinority;
    }

    public void outcome(String outcome, String strengths, String limitations, String causes, String recommendations) {
        this.outcome = outcome;
        this.strengths = strengths;
        this.limitations = limitations;
        this.causes = causes;
        this.recommendations = recommendations;
    }

    public void coOrganisedBy(Set<Long> units) {
        coOrganisers.clear();
        coOrganisers.addAll(units);
    }

    public void moveTo(SessionStatus next) { this.status = next; }
    public void cancelled(String reason) { this.status = SessionStatus.CANCELLED; this.cancelReason = reason; }
}
