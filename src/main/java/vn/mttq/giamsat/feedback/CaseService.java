package vn.mttq.giamsat.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditEntry;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * Reading cases: who sees a case (the Front's staff of the following unit's subtree, a member
 * organisation the cases it follows) and who changes it (the following unit's staff and its
 * handler). Intake is {@link CaseIntake}, the steps to closure {@link CaseSteps}, the reporter's
 * identity {@link CaseIdentities}; every step is audited without the reporter's identity.
 */
@Service
public class CaseService {

    public static final String SOURCE_TYPE = "feedback-case";
    public static final int STANDARD_DAYS = 20;
    static final int EXTENDED_DAYS = 30;
    /** What lists show instead of an identity. */
    public static final String PROTECTED = "(được bảo vệ)";

    /** What staff record at intake; identity fields may all be empty (anonymous). */
    public record Intake(Channel channel, LocalDate receivedOn, CaseKind kind, String subjectName, String subjectPosition,
                         String subjectUnit, String content, @Nullable String reporterName, @Nullable String reporterAddress,
                         @Nullable String reporterPhone, @Nullable String reporterIdNumber) {
    }

    /** The reporter as revealed to someone allowed. */
    public record Identity(@Nullable String name, @Nullable String address, @Nullable String phone, @Nullable String idNumber) {
    }

    /** What the list shows; 0, "" and null mean "any"; {@code unit} means its subtree. */
    public record Filter(@Nullable CaseStatus status, @Nullable CaseKind kind, @Nullable Channel channel, long unit, long handler,
                         @Nullable LocalDate dueBy, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text) {
        public static Filter all() {
            return new Filter(null, null, null, 0, 0, null, null, null, null);
        }
    }

    private final FeedbackCaseRepository cases;
    private final DataScopeService scopes;
    private final RecipientDirectory directory;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final CaseSearch search;

    CaseService(FeedbackCaseRepository cases, DataScopeService scopes, RecipientDirectory directory, CurrentUser currentUser,
                AuditService audit, CaseSearch search) {
        this.cases = cases;
        this.scopes = scopes;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.search = search;
    }

    // ---- reading ----------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<FeedbackCase> list(Filter filter, Pageable pageable) {
        return search.find(units(filter), filter, pageable);
    }

    /** The units whose cases the person sees, narrowed to the filter's unit and its subtree when one is chosen. */
    private Collection<Long> units(Filter filter) {
        Collection<Long> units = visibleUnits();
        if (filter.unit() != 0) {
            Collection<Long> chosen = directory.branches(filter.unit()).keySet();
            units = units.stream().filter(chosen::contains).toList();
        }
        return units;
    }

    /** How many cases the list finds with this filter (up to CaseSearch.COUNT_CAP + 1). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return search.count(units(filter), filter);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FeedbackCase get(long id) {
        FeedbackCase c = cases.findById(id).orElseThrow(() -> new UserFacingException("feedback.error.not-found"));
        if (!visible(c)) {
            throw new AccessDeniedException("case " + id + " is not visible to this person");
        }
        return c;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayChange(FeedbackCase c) {
        PortalUser user = currentUser.require();
        return scopes.mayIssueFor(c.getFollowingUnitId()) || (c.getHandlerAccountId() != null && c.getHandlerAccountId() == user.accountId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String unitName(long unitId) {
        return directory.unitName(unitId);
    }

    /** The short name for lists and choosers ("Lương Sơn"); documents use the full name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String unitShortName(long unitId) {
        return directory.unitShortName(unitId);
    }

    /** Every recorded change of the case, oldest first (who, when, what) — never an identity. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEntry> timeline(long id) {
        get(id);
        return audit.trail(SOURCE_TYPE, List.of(String.valueOf(id)));
    }

    // ---- helpers ----------------------------------------------------------------------------

    FeedbackCase changeable(long id) {
        FeedbackCase c = get(id);
        if (!mayChange(c)) {
            throw new AccessDeniedException("only the following unit's staff and the handler change a case");
        }
        return c;
    }

    private Collection<Long> visibleUnits() {
        PortalUser user = currentUser.require();
        if (user.role() == Role.MEMBER_ORGANISATION) {
            return List.of(user.unitId());
        }
        return directory.branches(scopes.current().rootUnitId()).keySet();
    }

    boolean isVisible(FeedbackCase c) {
        return visible(c);
    }

    private boolean visible(FeedbackCase c) {
        PortalUser user = currentUser.require();
        if (user.role() == Role.MEMBER_ORGANISATION) {
            return c.getFollowingUnitId() == user.unitId();
        }
        return scopes.sees(c.getFollowingUnitId());
    }

    static String text(@Nullable String value, int max) {
        String clean = TextPolicy.require(value, max, false);
        return clean == null ? "" : clean;
    }

    static String required(@Nullable String value, int max, String key) {
        return TextPolicy.requireFilled(value, max, true, key);
    }

    /** The deadline's title: kind and subject, never the reporter. */
    public static String title(FeedbackCase c) {
        String t = "Phản ánh " + c.getReceiptCode() + ": " + (c.getSubjectName().isBlank() ? c.getSubjectUnit() : c.getSubjectName())
                + " – " + c.getContent();
        return t.length() > 250 ? t.substring(0, 249) + "…" : t;
    }
}
