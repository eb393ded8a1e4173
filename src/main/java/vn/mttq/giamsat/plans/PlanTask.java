package vn.mttq.giamsat.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.text.PortalText;
import vn.mttq.giamsat.base.text.TextPolicy;

/** A task of a plan: what, which unit carries it out, by when, what it should produce, and how far it is. */
@Entity
@Table(name = "plan_task")
public class PlanTask {

    public static final int TITLE_MAX = 500;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    /** The higher plan's task this one carries out, in a derived plan. */
    @Column(name = "parent_task_id")
    private @Nullable Long parentTaskId;

    @PortalText(max = TITLE_MAX)
    @Column(nullable = false)
    private String title = "";

    @Column(name = "lead_unit_id", nullable = false)
    private long leadUnitId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate = LocalDate.EPOCH;

    @Column(name = "start_date")
    private @Nullable LocalDate startDate;

    /** The day the issuer accepted the task as done (indicators count on-time and late by it). */
    @Column(name = "done_on")
    private @Nullable LocalDate doneOn;

    /** Units supporting the lead unit ("phối hợp"), as comma-separated ids. */
    @Column(name = "supporting_unit_ids", nullable = false)
    private String supportingUnitIds = "";

    @PortalText(max = TEXT_MAX, multiline = true)
    @Column(name = "expected_output", nullable = false)
    private String expectedOutput = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status = TaskStatus.OPEN;

    @Column(nullable = false)
    private int progress;

    @PortalText(max = TEXT_MAX, multiline = true)
    @Column(nullable = false)
    private String report = "";

    @PortalText(max = TEXT_MAX, multiline = true)
    @Column(name = "review_comment")
    private @Nullable String reviewComment;

    @Version
    private long version;

    protected PlanTask() {
    }

    public PlanTask(long planId, String title, long leadUnitId, LocalDate dueDate, String expectedOutput) {
        this.planId = planId;
        this.title = norm(title);
        this.leadUnitId = leadUnitId;
        this.dueDate = dueDate;
        this.expectedOutput = norm(expectedOutput);
    }

    public @Nullable Long getId() { return id; }
    public long getPlanId() { return planId; }
    public @Nullable Long getParentTaskId() { return parentTaskId; }
    public void derivedFrom(long parent) { this.parentTaskId = parent; }
    public String getTitle() { return title; }
    public long getLeadUnitId() { return leadUnitId; }
    public LocalDate getDueDate() { return dueDate; }
    public @Nullable LocalDate getStartDate() { return startDate; }
    public @Nullable LocalDate getDoneOn() { return doneOn; }

    public List<Long> getSupportingUnitIds() {
        return supportingUnitIds.isBlank() ? List.of()
                : Arrays.stream(supportingUnitIds.split(",")).map(Long::parseLong).toList();
    }

    void plannedWith(@Nullable LocalDate start, Collection<Long> supporting) {
        this.startDate = start;
        this.supportingUnitIds = supporting.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
    }
    public String getExpectedOutput() { return expectedOutput; }
    public TaskStatus getStatus() { return status; }
    public int getProgress() { return progress; }
    public String getReport() { return report; }
    public @Nullable String getReviewComment() { return reviewComment; }
    public long getVersion() { return version; }

    public void progress(int percent, String text) {
        this.progress = percent;
        this.report = norm(text);
        if (status == TaskStatus.RETURNED) {
            status = TaskStatus.OPEN;
        }
    }

    public void submit() {
        this.status = TaskStatus.SUBMITTED;
        this.progress = 100;
    }

    public void accept(LocalDate on) {
        this.status = TaskStatus.DONE;
        this.doneOn = on;
    }

    void giveBack(String comment) {
        this.status = TaskStatus.RETURNED;
        this.reviewComment = norm(comment);
    }

    private static String norm(@Nullable String value) {
        String n = TextPolicy.normalise(value);
        return n == null ? "" : n;
    }
}
