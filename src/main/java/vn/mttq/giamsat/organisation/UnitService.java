package vn.mttq.giamsat.organisation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.SearchText;

/** Reads and edits the unit tree, always within the caller's data scope. */
@Service
public class UnitService {

    private static final List<String> FRONT_AND_MEMBERS = Arrays.stream(UnitKind.values())
            .filter(k -> k != UnitKind.DEPARTMENT).map(Enum::name).toList();

    private final UnitRepository units;
    private final DataScopeService scopes;
    private final AuditService audit;

    UnitService(UnitRepository units, DataScopeService scopes, AuditService audit) {
        this.units = units;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Slice<Unit> search(String text, Pageable pageable) {
        return units.search(scopes.current().pathPrefix(), SearchText.contains(text), pageable);
    }

    /** How many units {@link #search} finds. */
    @Transactional(readOnly = true)
    public long count(String text) {
        return units.countSearch(scopes.current().pathPrefix(), SearchText.contains(text));
    }

    @Transactional(readOnly = true)
    public Unit get(long id) {
        Unit unit = units.findById(id).orElseThrow(() -> new UserFacingException("unit.error.not-found"));
        scopes.check(unit);
        return unit;
    }

    /** Several units at once (one query), each checked against the caller's scope like {@link #get}. */
    @Transactional(readOnly = true)
    public List<Unit> getAll(List<Long> ids) {
        List<Unit> found = units.findAllById(ids);
        if (found.size() != new HashSet<>(ids).size()) {
            throw new UserFacingException("unit.error.not-found");
        }
        found.forEach(scopes::check);
        return found;
    }

    /** The unit at the top of the caller's scope (the province for provincial roles). */
    @Transactional(readOnly = true)
    public Unit scopeRoot() {
        return units.findById(scopes.current().rootUnitId()).orElseThrow();
    }

    /**
     * Per direct sub-unit (districts, or communes in the two-tier shape, and member
     * organisations): subtree sizes. Departments are part of the provincial office, not areas.
     */
    @Transactional(readOnly = true)
    public List<UnitSummary> childSummaries(long parentId) {
        get(parentId);
        return units.childSummaries(parentId, FRONT_AND_MEMBERS).stream()
                .map(r -> new UnitSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        ((Number) r[4]).longValue(), ((Number) r[5]).longValue()))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Unit save(Unit unit) {
        boolean isNew = unit.getId() == null;
        Unit stored = isNew ? null : units.findById(unit.getId()).orElseThrow(() -> new UserFacingException("unit.error.not-found"));
        String oldPath = stored == null ? null : stored.getPath();
        Unit parent = unit.getParent();
        if (parent != null) {
            parent = get(parent.getId());
        } else if (stored == null || stored.getParent() != null) {
            throw new UserFacingException("unit.error.parent-required");
        }
        if (isNew ? units.existsByCode(unit.getCode()) : units.existsByCodeAndIdNot(unit.getCode(), unit.getId())) {
            throw new UserFacingException("unit.error.duplicate-code", unit.getCode());
        }
        if (oldPath != null && parent != null && parent.getPath().startsWith(oldPath)) {
            throw new UserFacingException("unit.error.cycle");
        }
        unit.keepShortName();
        Unit saved = units.saveAndFlush(unit);
        String newPath = saved.refreshPath();
        if (oldPath != null && !oldPath.equals(newPath)) {
            units.movePaths(oldPath, newPath);
        }
        audit.record(isNew ? "UNIT_CREATED" : "UNIT_UPDATED", "unit", saved.getId(),
                saved.getCode() + " | " + saved.getName() + " | " + saved.getKind() + " | " + newPath);
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Unit setActive(long id, boolean active) {
        Unit unit = get(id);
        if (unit.getParent() == null && !active) {
            throw new AccessDeniedException("the root unit cannot be disabled");
        }
        unit.setActive(active);
        audit.record(active ? "UNIT_ENABLED" : "UNIT_DISABLED", "unit", id, unit.getCode());
        return unit;
    }
}
