package vn.mttq.giamsat.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.SearchText;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.organisation.UnitService;

/**
 * Good practices: a unit proposes its own; the level above recognises it (or not), possibly
 * proposing a commendation; recognised practices are one province-wide list every unit reads.
 */
@Service
public class PracticeService {

    static final String SOURCE_TYPE = "good-practice";

    private final GoodPracticeRepository practices;
    private final OutreachScope scope;
    private final UnitService units;
    private final RecipientDirectory directory;
    private final AuditService audit;
    private final Clock clock = Clock.systemUTC();

    PracticeService(GoodPracticeRepository practices, OutreachScope scope, UnitService units, RecipientDirectory directory,
                    AuditService audit) {
        this.practices = practices;
        this.scope = scope;
        this.units = units;
        this.directory = directory;
        this.audit = audit;
    }

    /** The person's scope, or (provinceWide) the recognised practices of the whole province. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<GoodPractice> list(boolean provinceWide, @Nullable PracticeStatus status, @Nullable String text, Pageable pageable) {
        Collection<Long> in = provinceWide ? directory.branches(directory.rootUnit()).keySet() : scope.visibleUnits();
        return practices.visible(in, provinceWide ? PracticeStatus.RECOGNISED : status, SearchText.contains(text), pageable);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public GoodPractice propose(long unitId, String title, String description, LocalDate since, String results) {
        units.get(unitId);
        if (!scope.mayRecordFor(unitId)) {
            throw new AccessDeniedException("a unit proposes its own practices");
        }
        if (since.isAfter(LocalDate.now(PortalFormats.VIETNAM))) {
            throw new UserFacingException("outreach.error.future");
        }
        GoodPractice g = new GoodPractice(unitId, scope.username(), clock.instant());
        g.describe(TextPolicy.requireFilled(title, 300, false, "outreach.error.title"),
                TextPolicy.requireFilled(description, TrainingSession.TEXT_MAX, true, "outreach.error.description"), since,
                orEmpty(TextPolicy.require(results, TrainingSession.TEXT_MAX, true)));
        GoodPractice saved = practices.saveAndFlush(g);
        audit.record("PRACTICE_PROPOSED", SOURCE_TYPE, saved.getId(), saved.getTitle());
        return saved;
    }

    /** Whether the person decides on it: someone of a level above the practice's unit (the province's leaders for its own). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayDecide(GoodPractice g) {
        if (g.getStatus() != PracticeStatus.PROPOSED || !scope.sees(g.getUnitId()) || scope.memberUnit() != 0) {
            return false;
        }
        return g.getUnitId() != scope.ownUnit() || (g.getUnitId() == directory.rootUnit() && scope.isLeader());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public GoodPractice decide(long id, long version, boolean recognised, boolean commendation, @Nullable String note) {
        GoodPractice g = practices.findById(id).orElseThrow(() -> new UserFacingException("outreach.error.not-found"));
        if (!mayDecide(g)) {
            throw new AccessDeniedException("the level above decides on a unit's practice");
        }
        if (g.getVersion() != version) {
            throw new UserFacingException("error.concurrent-edit");
        }
        String why = TextPolicy.require(note, 1000, true);
        if (!recognised && (why == null || why.isBlank())) {
            throw new UserFacingException("outreach.error.reason");
        }
        g.decided(recognised ? PracticeStatus.RECOGNISED : PracticeStatus.NOT_RECOGNISED, recognised && commendation, scope.username(),
                LocalDate.now(PortalFormats.VIETNAM), why);
        audit.record(recognised ? "PRACTICE_RECOGNISED" : "PRACTICE_NOT_RECOGNISED", SOURCE_TYPE, id,
                g.getTitle() + (g.isCommendationProposed() ? " | đề nghị khen thưởng" : "") + (why == null ? "" : " | " + why));
        return practices.saveAndFlush(g);
    }

    /** The proposing side adds evidence while the practice awaits its decision. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayAddEvidence(GoodPractice g) {
        return g.getStatus() == PracticeStatus.PROPOSED && scope.mayRecordFor(g.getUnitId());
    }

    /** Whether the person reads the practice (and its evidence): recognised ones province-wide, the others in scope. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayRead(long id) {
        return practices.findById(id).map(g -> g.getStatus() == PracticeStatus.RECOGNISED || scope.sees(g.getUnitId())).orElse(false);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long defaultUnit() {
        return scope.ownUnit();
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
