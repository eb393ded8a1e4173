package vn.mttq.giamsat.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.PortalYears;
import vn.mttq.giamsat.base.text.SearchText;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.catalogues.Catalogue;
import vn.mttq.giamsat.catalogues.CatalogueService;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.organisation.UnitService;

/** Propaganda activities: recorded by the unit that carried them out (or a unit above it), read in scope. */
@Service
public class PropagandaService {

    static final int MAX_QUANTITY = 1_000_000;
    static final int MAX_REACH = 10_000_000;

    static final String SOURCE_TYPE = "propaganda";

    /** What a unit records. */
    public record Entry(String formCode, List<String> themes, String title, LocalDate from, LocalDate to, int quantity, QuantityUnit unit,
                        int reach, @Nullable String link) {
    }

    private final PropagandaRepository activities;
    private final OutreachScope scope;
    private final UnitService units;
    private final RecipientDirectory directory;
    private final CatalogueService catalogues;
    private final AuditService audit;
    private final Clock clock = Clock.systemUTC();

    PropagandaService(PropagandaRepository activities, OutreachScope scope, UnitService units, RecipientDirectory directory,
                      CatalogueService catalogues, AuditService audit) {
        this.activities = activities;
        this.scope = scope;
        this.units = units;
        this.directory = directory;
        this.catalogues = catalogues;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<PropagandaActivity> list(String form, long unit, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text,
                                         Pageable pageable) {
        Collection<Long> visible = scope.visibleUnits();
        if (unit != 0) {
            Collection<Long> chosen = directory.branches(unit).keySet();
            visible = visible.stream().filter(chosen::contains).toList();
        }
        return activities.visible(visible.isEmpty() ? List.of(-1L) : visible, form, from == null ? LocalDate.of(1000, 1, 1) : from,
                to == null ? LocalDate.of(9999, 12, 31) : to, SearchText.contains(text), pageable);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PropagandaActivity record(long unitId, Entry entry) {
        units.get(unitId);
        if (!scope.mayRecordFor(unitId)) {
            throw new AccessDeniedException("a unit records its own propaganda and that of the units below it");
        }
        PropagandaActivity p = new PropagandaActivity(unitId, scope.username(), clock.instant());
        describe(p, entry);
        PropagandaActivity saved = activities.saveAndFlush(p);
        audit.record("PROPAGANDA_RECORDED", SOURCE_TYPE, saved.getId(), saved.getTitle());
        return saved;
    }

    /** Changes a recorded activity; the version check catches a second editor. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PropagandaActivity change(long id, long version, Entry entry) {
        PropagandaActivity p = activities.findById(id).orElseThrow(() -> new UserFacingException("outreach.error.not-found"));
        if (!scope.mayRecordFor(p.getUnitId())) {
            throw new AccessDeniedException("outside the person's scope");
        }
        if (p.getVersion() != version) {
            throw new UserFacingException("error.concurrent-edit");
        }
        describe(p, entry);
        audit.record("PROPAGANDA_CHANGED", SOURCE_TYPE, id, p.getTitle());
        return activities.saveAndFlush(p);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayEdit(PropagandaActivity p) {
        return scope.mayRecordFor(p.getUnitId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long defaultUnit() {
        return scope.ownUnit();
    }

    private void describe(PropagandaActivity p, Entry e) {
        boolean knownForm = catalogues.active(Catalogue.PROPAGANDA_FORM).stream().anyMatch(c -> c.getCode().equals(e.formCode()));
        if (!knownForm) {
            throw new UserFacingException("outreach.error.form");
        }
        if (e.quantity() < 0 || e.reach() < 0) {
            throw new UserFacingException("outreach.error.negative");
        }
        // a province's people many times over is a typing mistake, refused before any figure sums it
        if (e.quantity() > MAX_QUANTITY || e.reach() > MAX_REACH) {
            throw new UserFacingException("outreach.error.too-large", MAX_QUANTITY, MAX_REACH);
        }
        PortalYears.require(e.from(), e.to());
        if (e.to().isBefore(e.from())) {
            throw new UserFacingException("outreach.error.period");
        }
        String themes = String.join(",", e.themes());
        if (!themes.matches("([A-Z0-9-]+(,[A-Z0-9-]+)*)?")) {
            throw new UserFacingException("outreach.error.documents");
        }
        String link = TextPolicy.require(e.link(), 500, false);
        if (link != null && !link.isBlank() && !link.matches("(?i)https?://\\S+")) {
            throw new UserFacingException("outreach.error.link");
        }
        p.describe(e.formCode(), themes, TextPolicy.requireFilled(e.title(), 300, false, "outreach.error.title"), e.from(), e.to(),
                e.quantity(), e.unit(), e.reach(), link == null ? "" : link);
    }
}
