package vn.mttq.giamsat.outreach;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.work.WorkItem;
import vn.mttq.giamsat.base.work.WorkSource;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * Sessions still marked planned after their last day, on the organiser's home page: the person's
 * own unit (a district also its communes, which it records for) must mark them held or cancel them.
 */
@Service
class OutreachWork implements WorkSource {

    private final TrainingSessionRepository sessions;
    private final DataScopeService scopes;
    private final RecipientDirectory directory;

    OutreachWork(TrainingSessionRepository sessions, DataScopeService scopes, RecipientDirectory directory) {
        this.sessions = sessions;
        this.scopes = scopes;
        this.directory = directory;
    }

    @Override
    @PreAuthorize("isAuthenticated() and #user.accountId() == principal.accountId()")
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(PortalUser user, LocalDate today, int limit) {
        Collection<Long> units = switch (user.role()) {
            case DISTRICT_STAFF -> directory.branches(user.unitId()).keySet();
            case MEMBER_ORGANISATION -> List.of(user.unitId());
            case ADMIN, LEADER, DEPARTMENT_STAFF -> List.of(scopes.of(user).rootUnitId());
        };
        return sessions.findTop20ByUnitIdInAndStatusAndEndsOnBeforeOrderByEndsOn(units, SessionStatus.PLANNED, today).stream()
                .map(s -> new WorkItem("work.kind.training", s.getTitle(), directory.unitShortName(s.getUnitId()) + " · "
                        + PortalFormats.date(s.getStartsOn()), null, 0, WorkItem.Urgency.INFO, null, "tap-huan/" + s.getId(),
                        "home.work.training-not-marked"))
                .limit(limit).toList();
    }
}
