package vn.mttq.giamsat.organisation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.PortalUser;

/**
 * The one place that decides what a user may see. Provincial roles (administrator, Standing
 * Committee, departments) see the whole province; a district Front sees its own subtree; a
 * member organisation sees its own unit and what is assigned to it.
 */
@Service
public class DataScopeService {

    private final UnitRepository units;
    private final CurrentUser currentUser;

    DataScopeService(UnitRepository units, CurrentUser currentUser) {
        this.units = units;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public DataScope current() {
        return of(currentUser.require());
    }

    @Transactional(readOnly = true)
    public DataScope of(PortalUser user) {
        Unit unit = units.findById(user.unitId()).orElseThrow(() -> new AccessDeniedException("unit gone"));
        return switch (user.role()) {
            case ADMIN, LEADER, DEPARTMENT_STAFF -> {
                String rootPath = unit.getPath().substring(0, unit.getPath().indexOf('/', 1) + 1);
                long rootId = Long.parseLong(rootPath.substring(1, rootPath.length() - 1));
                yield new DataScope(rootId, rootPath, false);
            }
            case DISTRICT_STAFF -> new DataScope(user.unitId(), unit.getPath(), false);
            case MEMBER_ORGANISATION -> new DataScope(user.unitId(), unit.getPath(), true);
        };
    }

    /**
     * Whether the signed-in person may issue documents and edit plans in a unit's name: the
     * Standing Committee and its departments for their own unit or the province's committee, a
     * district for its own committee, an administrator for any unit in scope; a member
     * organisation never.
     */
    @Transactional(readOnly = true)
    public boolean mayIssueFor(long unitId) {
        PortalUser user = currentUser.require();
        return switch (user.role()) {
            case ADMIN -> true;
            case LEADER, DEPARTMENT_STAFF -> user.unitId() == unitId || current().rootUnitId() == unitId;
            case DISTRICT_STAFF -> user.unitId() == unitId;
            case MEMBER_ORGANISATION -> false;
        };
    }

    /** Whether the unit lies in the current user's scope (an answer, not a refusal). */
    @Transactional(readOnly = true)
    public boolean sees(long unitId) {
        return units.findById(unitId).map(u -> current().includes(u)).orElse(false);
    }

    /** Throws unless the unit lies in the current user's scope. */
    void check(Unit unit) {
        if (!current().includes(unit)) {
            throw new AccessDeniedException("unit " + unit.getId() + " is outside the user's scope");
        }
    }
}
