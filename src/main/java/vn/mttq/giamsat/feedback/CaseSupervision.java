package vn.mttq.giamsat.feedback;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.supervision.Activity;
import vn.mttq.giamsat.supervision.ActivityService;
import vn.mttq.giamsat.supervision.LinkedRecords;
import vn.mttq.giamsat.supervision.Subject;

/**
 * A case turned into a supervision activity, or attached to one, with the link kept both ways:
 * the case names its activity, the activity's page lists its cases ({@link LinkedRecords}), and
 * both histories record the link. Whoever may change the case links it, to an activity they may
 * read; a new activity is the following unit's, made by someone who may record activities for it.
 */
@Service
class CaseSupervision implements LinkedRecords {

    private final CaseService cases;
    private final FeedbackCaseRepository repository;
    private final ActivityService activities;
    private final AuditService audit;

    CaseSupervision(CaseService cases, FeedbackCaseRepository repository, ActivityService activities, AuditService audit) {
        this.cases = cases;
        this.repository = repository;
        this.activities = activities;
        this.audit = audit;
    }

    /** A new activity of the case's following unit about the case's subject, linked to the case. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Activity start(long caseId, String formCode, String title, LocalDate from, LocalDate to) {
        FeedbackCase c = linkable(caseId);
        Activity a = activities.create(c.getFollowingUnitId(), formCode, title, from, to);
        if (!c.getSubjectUnit().isBlank()) {
            activities.addSubject(a.getId(), new ActivityService.SubjectInput(Subject.Kind.BODY, c.getSubjectUnit(), "", "", null));
        }
        link(c, a);
        return a;
    }

    /** Attaches the case to an existing activity the person can read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Activity attach(long caseId, long activityId) {
        FeedbackCase c = linkable(caseId);
        Activity a = activities.get(activityId);
        link(c, a);
        return a;
    }

    /** Takes the link away (attached to the wrong activity), recorded on both sides. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void detach(long caseId) {
        FeedbackCase c = cases.changeable(caseId);
        Long before = c.getSupervisionActivityId();
        if (before == null) {
            return;
        }
        c.linkedTo(null);
        audit.record("CASE_SUPERVISION_UNLINKED", CaseService.SOURCE_TYPE, caseId, String.valueOf(before));
        audit.record("SUPERVISION_CASE_UNLINKED", ActivityService.SOURCE_TYPE, before, c.getReceiptCode());
    }

    /** The activities the case may be attached to: open ones the person can read, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Activity> choices() {
        return activities.list(ActivityService.Filter.all(), PageRequest.of(0, 200)).stream()
                .filter(a -> a.getStatus().isOpenForWork()).toList();
    }

    /** The title of the case's activity when the person can read it, else null (the link stays unnamed). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public @Nullable String activityTitle(FeedbackCase c) {
        Long id = c.getSupervisionActivityId();
        return id != null && activities.isVisible(id) ? activities.get(id).getTitle() : null;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Linked> linkedTo(long activityId) {
        return repository.findBySupervisionActivityIdOrderByReceivedOnDesc(activityId).stream().filter(cases::isVisible)
                .map(c -> new Linked("feedback.kind." + c.getKind().name(), c.getReceiptCode(), CaseService.title(c),
                        "feedback.status." + c.getStatus().name(), "phan-anh/" + c.getId()))
                .toList();
    }

    private FeedbackCase linkable(long caseId) {
        FeedbackCase c = cases.changeable(caseId);
        if (c.getStatus().isFinished()) {
            throw new UserFacingException("feedback.error.finished");
        }
        return c;
    }

    private void link(FeedbackCase c, Activity a) {
        if (a.getId().equals(c.getSupervisionActivityId())) {
            return;
        }
        c.linkedTo(a.getId());
        audit.record("CASE_SUPERVISION_LINKED", CaseService.SOURCE_TYPE, c.getId(), a.getTitle());
        audit.record("SUPERVISION_CASE_LINKED", ActivityService.SOURCE_TYPE, a.getId(), c.getReceiptCode());
    }
}
