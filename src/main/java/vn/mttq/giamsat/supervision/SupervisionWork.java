package vn.mttq.giamsat.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.work.WorkItem;
import vn.mttq.giamsat.base.work.WorkSource;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.organisation.DataScopeService;

/**
 * Supervision's part of the home page, beside the deadlines the engine lists: for the Front's
 * staff, letters whose receipt by the party committee is not yet recorded (their recommendations
 * have no deadline until it is); for a member organisation, the sessions of the delegations its
 * people sit in during the next two weeks.
 */
@Service
class SupervisionWork implements WorkSource {

    static final int SESSION_HORIZON_DAYS = 14;
    /** The deadline engine's "due soon" distance on the home page. */
    static final int SOON_WORKING_DAYS = 5;

    private final ActivityRepository activities;
    private final WorkingSessionRepository sessions;
    private final RecommendationRepository recommendations;
    private final DataScopeService scopes;
    private final WorkingCalendar calendar;

    SupervisionWork(ActivityRepository activities, WorkingSessionRepository sessions, RecommendationRepository recommendations,
                    DataScopeService scopes, WorkingCalendar calendar) {
        this.activities = activities;
        this.sessions = sessions;
        this.recommendations = recommendations;
        this.scopes = scopes;
        this.calendar = calendar;
    }

    @Override
    @PreAuthorize("isAuthenticated() and #user.accountId() == principal.accountId()")
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(PortalUser user, LocalDate today, int limit) {
        List<WorkItem> out = new ArrayList<>();
        if (user.role() == Role.MEMBER_ORGANISATION) {
            List<WorkingSession> coming = sessions.between("/", user.unitId(), today, today.plusDays(SESSION_HORIZON_DAYS));
            Map<Long, Activity> ofThem = byId(coming.stream().map(WorkingSession::getActivityId));
            for (WorkingSession s : coming) {
                Activity a = ofThem.get(s.getActivityId());
                out.add(new WorkItem("work.kind.supervision-session", a.getTitle(),
                        PortalFormats.date(s.getHeldOn()) + (s.getStartsAt() == null ? "" : " " + s.getStartsAt()) + " · " + s.getPlace(),
                        null, 0, WorkItem.Urgency.INFO, null, "giam-sat/" + a.getId() + "?tab=sessions", "home.work.session"));
            }
        } else {
            // answers due within five working days or overdue come from the deadline engine; the rest of the
            // person's unanswered recommendations are listed here, so none is out of sight
            LocalDate horizon = calendar.dueDate(today, SOON_WORKING_DAYS);
            // the home page shows the most urgent "limit" items of all sources: no source needs more than that
            List<Recommendation> awaiting = recommendations.findByResponsibleAccountIdAndStatusAndDueDateAfterOrderByDueDate(
                    user.accountId(), RecommendationStatus.AWAITING_ANSWER, horizon, Limit.of(limit));
            Map<Long, Activity> ofThem = byId(awaiting.stream().map(Recommendation::getActivityId));
            for (Recommendation r : awaiting) {
                Activity a = ofThem.get(r.getActivityId());
                out.add(new WorkItem("work.kind.recommendation", RecommendationService.title(a, r), a.getAddressee(), r.getDueDate(),
                        calendar.workingDaysRemaining(today, r.getDueDate()), WorkItem.Urgency.INFO, null, "giam-sat/" + a.getId() + "?tab=recommendations",
                        "home.work.awaiting-answer"));
            }
            for (Activity a : activities.awaitingReceipt(scopes.of(user).rootUnitId(), Limit.of(limit))) {
                out.add(new WorkItem("work.kind.recommendation-receipt", a.getTitle(), a.getLetterSymbol() + " · " + a.getAddressee(),
                        null, 0, WorkItem.Urgency.INFO, null, "giam-sat/" + a.getId() + "?tab=recommendations", "home.work.no-deadline"));
            }
        }
        return out.stream().limit(limit).toList();
    }

    /** The activities of these ids in one query. */
    private Map<Long, Activity> byId(Stream<Long> ids) {
        return activities.findAllById(ids.distinct().toList()).stream().collect(Collectors.toMap(Activity::getId, a -> a));
    }
}
