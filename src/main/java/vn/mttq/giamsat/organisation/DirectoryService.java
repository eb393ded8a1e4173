package vn.mttq.giamsat.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of units and accounts within the caller's scope, for documents. */
@Service
public class DirectoryService {

    private final UnitRepository units;
    private final AccountRepository accounts;
    private final DataScopeService scopes;

    DirectoryService(UnitRepository units, AccountRepository accounts, DataScopeService scopes) {
        this.units = units;
        this.accounts = accounts;
        this.scopes = scopes;
    }

    /**
     * Rows grouped by the scope root itself and then its direct sub-units, in their sort order;
     * inside a group by unit path, so that communes follow their district.
     */
    @Transactional(readOnly = true)
    public List<DirectoryRow> directory() {
        DataScope scope = scopes.current();
        Map<Long, Unit> byId = new LinkedHashMap<>();
        units.search(scope.pathPrefix(), "", Pageable.unpaged()).getContent().stream()
                .filter(Unit::isActive).sorted(Comparator.comparing(Unit::getPath)).forEach(u -> byId.put(u.getId(), u));
        Map<Long, List<Account>> accountsByUnit = new LinkedHashMap<>();
        for (Account a : accounts.inSubtree(scope.pathPrefix())) {
            accountsByUnit.computeIfAbsent(a.requireUnit().getId(), k -> new ArrayList<>()).add(a);
        }
        Map<Long, List<DirectoryRow>> byGroup = new LinkedHashMap<>();
        byGroup.put(scope.rootUnitId(), new ArrayList<>());
        units.children(scope.rootUnitId()).forEach(c -> byGroup.put(c.getId(), new ArrayList<>()));
        for (Unit unit : byId.values()) {
            Unit group = groupOf(unit, scope, byId);
            List<DirectoryRow> rows = byGroup.computeIfAbsent(group.getId(), k -> new ArrayList<>());
            List<Account> list = accountsByUnit.getOrDefault(unit.getId(), List.of());
            if (list.isEmpty()) {
                rows.add(new DirectoryRow(group.getName(), unit.getName(), unit.getKind(), null, null, null));
            }
            for (Account a : list) {
                rows.add(new DirectoryRow(group.getName(), unit.getName(), unit.getKind(), a.getFullName(), a.getUsername(), a.getRole()));
            }
        }
        return byGroup.values().stream().flatMap(List::stream).toList();
    }

    /** The unit itself if it is the scope root, else the scope root's child above it. */
    private static Unit groupOf(Unit unit, DataScope scope, Map<Long, Unit> byId) {
        String rest = unit.getPath().substring(scope.pathPrefix().length());
        if (rest.isEmpty()) {
            return unit;
        }
        long childId = Long.parseLong(rest.substring(0, rest.indexOf('/')));
        return byId.getOrDefault(childId, unit);
    }
}
