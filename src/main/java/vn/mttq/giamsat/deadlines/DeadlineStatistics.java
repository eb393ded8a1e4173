package vn.mttq.giamsat.deadlines;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.UnitService;

/** Open deadlines counted per unit subtree, for dashboards ("how is each district doing?"). */
@Service
public class DeadlineStatistics {

    /** Open items of a subtree: still within their time limit, and past it. */
    public record OpenCounts(long onTime, long overdue) {
        static final OpenCounts NONE = new OpenCounts(0, 0);

        OpenCounts plus(long onTime, long overdue) {
            return new OpenCounts(this.onTime + onTime, this.overdue + overdue);
        }
    }

    private final DeadlineItemRepository items;
    private final UnitService units;
    private final DataScopeService scopes;

    DeadlineStatistics(DeadlineItemRepository items, UnitService units, DataScopeService scopes) {
        this.items = items;
        this.units = units;
        this.scopes = scopes;
    }

    /**
     * For each unit (all in the caller's scope, or refused), its open items and those of every
     * unit below it, as of {@code today}. One grouped query for the caller's whole scope; the
     * subtrees are summed here from the units' paths.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, OpenCounts> openBySubtree(List<Long> unitIds, LocalDate today) {
        Map<Long, String> paths = new LinkedHashMap<>();
        units.getAll(unitIds).forEach(u -> paths.put(u.getId(), u.getPath())); // refuses a unit outside the scope
        Map<Long, OpenCounts> counts = new LinkedHashMap<>();
        unitIds.forEach(id -> counts.put(id, OpenCounts.NONE));
        for (Object[] row : items.openCountsByUnitPath(scopes.current().pathPrefix(), today)) {
            String unitPath = (String) row[0];
            long open = ((Number) row[1]).longValue();
            long overdue = ((Number) row[2]).longValue();
            paths.forEach((id, path) -> {
                if (unitPath.startsWith(path)) {
                    counts.put(id, counts.get(id).plus(open - overdue, overdue));
                }
            });
        }
        return counts;
    }
}
