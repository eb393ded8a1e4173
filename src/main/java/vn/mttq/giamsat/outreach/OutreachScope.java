package vn.mttq.giamsat.outreach;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * Who sees and records what here: a unit records its own activities and those of the units below
 * it (a district for communes without accounts of their own) and sees its subtree's; a member
 * organisation records its own and sees those and the sessions it co-organises; the province sees all.
 */
@Component
class OutreachScope {

    private final CurrentUser currentUser;
    private final DataScopeService scopes;
    private final RecipientDirectory directory;

    OutreachScope(CurrentUser currentUser, DataScopeService scopes, RecipientDirectory directory) {
        this.currentUser = currentUser;
        this.scopes = scopes;
        this.directory = directory;
    }

    /** The units whose records the person sees (a member organisation: its own). */
    Collection<Long> visibleUnits() {
        PortalUser user = currentUser.require();
        return user.role() == Role.MEMBER_ORGANISATION ? List.of(user.unitId()) : directory.branches(scopes.current().rootUnitId()).keySet();
    }

    /** The member organisation's unit, or 0 for anyone else. */
    long memberUnit() {
        PortalUser user = currentUser.require();
        return user.role() == Role.MEMBER_ORGANISATION ? user.unitId() : 0;
    }

    boolean sees(long unitId) {
        PortalUser user = currentUser.require();
        return user.role() == Role.MEMBER_ORGANISATION ? unitId == user.unitId() : scopes.sees(unitId);
    }

    boolean mayRecordFor(long unitId) {
        return sees(unitId);
    }

    /** The unit the person records in the name of by default. */
    long ownUnit() {
        PortalUser user = currentUser.require();
        return switch (user.role()) {
            case ADMIN, LEADER, DEPARTMENT_STAFF -> scopes.current().rootUnitId();
            case DISTRICT_STAFF, MEMBER_ORGANISATION -> user.unitId();
        };
    }

    boolean isLeader() {
        return currentUser.require().role() == Role.LEADER;
    }

    /** The units the person records for and filters by: a member organisation its own, the others their Front committees. */
    Map<Long, String> unitChoices() {
        long own = ownUnit();
        return memberUnit() != 0 ? Map.of(own, directory.unitShortName(own)) : directory.committeeChoices(own);
    }

    String username() {
        return currentUser.require().username();
    }
}
