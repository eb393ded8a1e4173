package vn.mttq.giamsat.plans;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
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
import vn.mttq.giamsat.base.text.SearchText;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.organisation.UnitService;
import vn.mttq.giamsat.register.DocumentRegister;
import vn.mttq.giamsat.register.IssuedDocument;

/**
 * Drafting, publishing and following plans. Only the issuing unit's staff edit a plan (the rule
 * of {@link DataScopeService#mayIssueFor}); a unit sees the plans of its subtree and those
 * published to it; only a recipient confirms receipt.
 */
@Service
public class PlanService {

    public static final String SOURCE_TYPE = "plan";
    /** Kind of document in the register: Decree 30 abbreviates "Kế hoạch" as KH. */
    static final String DOCUMENT_KIND = "KH";

    /** What the plan list shows: a state, an issue year (0: any), an issuing unit (0: any) and words. */
    public record Filter(@Nullable PlanStatus status, int year, long issuingUnitId, @Nullable String text) {
        public Filter(@Nullable PlanStatus status, int year, @Nullable String text) {
            this(status, year, 0, text);
        }
    }

    /** A recipient unit of a plan, by name, and whether (and when) it confirmed receipt. */
    public record Receipt(long unitId, String unitName, java.time.@Nullable Instant confirmedAt, @Nullable String confirmedBy) {
    }

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanRecipientRepository recipients;
    private final DataScopeService scopes;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final DocumentRegister register;
    private final PlanNotices notices;
    private final RecipientDirectory directory;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final PlanImport importer;
    private final Clock clock = Clock.systemUTC();

    PlanService(PlanRepository plans, PlanVersionRepository versions, PlanRecipientRepository recipients,
                DataScopeService scopes, UnitService units, CurrentUser currentUser, DocumentRegister register,
                PlanNotices notices, RecipientDirectory directory, AuditService audit,
                ApplicationEventPublisher events, PlanImport importer) {
        this.events = events;
        this.importer = importer;
        this.plans = plans;
        this.versions = versions;
        this.recipients = recipients;
        this.scopes = scopes;
        this.units = units;
        this.currentUser = currentUser;
        this.register = register;
        this.notices = notices;
        this.directory = directory;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Slice<Plan> list(Filter filter, Pageable pageable) {
        PortalUser user = currentUser.require();
        return plans.visible(scopes.current().pathPrefix(), user.unitId(), filter.status(), filter.year(), filter.issuingUnitId(),
                SearchText.contains(filter.text()), pageable);
    }

    /** How many plans the list finds with this filter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        PortalUser user = currentUser.require();
        return plans.visible(scopes.current().pathPrefix(), user.unitId(), filter.status(), filter.year(), filter.issuingUnitId(),
                SearchText.contains(filter.text()), PageRequest.of(0, 1)).getTotalElements();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Plan get(long id) {
        Plan plan = plans.findById(id).orElseThrow(() -> new UserFacingException("plan.error.not-found"));
        if (!visible(plan)) {
            throw new AccessDeniedException("plan " + id + " is not visible to this person");
        }
        return plan;
    }

    /** Whether the signed-in person may read the plan (an answer, not a refusal). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isVisible(long id) {
        return plans.findById(id).map(this::visible).orElse(false);
    }

    /** The unit in whose name the person drafts a new plan: the province for its Standing Committee and departments. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> draftingUnit() {
        PortalUser user = currentUser.require();
        return switch (user.role()) {
            case ADMIN, LEADER, DEPARTMENT_STAFF -> Optional.of(scopes.current().rootUnitId());
            case DISTRICT_STAFF -> Optional.of(user.unitId());
            case MEMBER_ORGANISATION -> Optional.empty();
        };
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

    /** Units a plan of this issuer is usually sent to (its direct sub-units), to offer as recipients. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> usualRecipients(long issuingUnitId) {
        return directory.directSubUnits(issuingUnitId);
    }

    /** Whether the signed-in person may edit, publish or revise this plan. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayEdit(Plan plan) {
        return scopes.mayIssueFor(plan.getIssuingUnitId());
    }

    /** Whether the person's Front received this published plan, may issue plans, and has not yet derived its own. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayDerive(Plan plan) {
        long unit = currentUser.require().unitId();
        return plan.getStatus() == PlanStatus.PUBLISHED && scopes.mayIssueFor(unit) && unit != plan.getIssuingUnitId()
                && recipients.findByPlanIdAndUnitId(plan.getId(), unit).isPresent()
                && plans.findByParentPlanIdOrderById(plan.getId()).stream().noneMatch(p -> p.getIssuingUnitId() == unit);
    }

    /** Every recorded change of the plan and of its tasks, oldest first (who, when, what). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long planId, List<Long> taskIds) {
        get(planId);
        List<AuditEntry> all = new ArrayList<>(audit.trail(SOURCE_TYPE, List.of(String.valueOf(planId))));
        all.addAll(audit.trail(TaskService.SOURCE_TYPE, taskIds.stream().map(String::valueOf).toList()));
        all.sort(Comparator.comparing(AuditEntry::getOccurredAt));
        return all;
    }

    /** Issuers to filter the list by: the committee at the top of the person's scope and the units directly below it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> issuerChoices() {
        return directory.unitAndDirectSubUnits(scopes.current().rootUnitId());
    }

    /** Whether the signed-in person's unit received this plan and has not yet confirmed it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean awaitsMyConfirmation(Plan plan) {
        return plan.getStatus() != PlanStatus.DRAFT && recipients.findByPlanIdAndUnitId(plan.getId(), currentUser.require().unitId())
                .map(r -> r.getConfirmedAt() == null).orElse(false);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Plan createDraft(long issuingUnitId, String title) {
        units.get(issuingUnitId);
        requireIssuer(issuingUnitId);
        Plan plan = new Plan(issuingUnitId, currentUser.require().username(), clock.instant());
        plan.setTitle(title);
        Plan saved = plans.saveAndFlush(plan);
        audit.record("PLAN_DRAFTED", SOURCE_TYPE, saved.getId(), saved.getTitle());
        return saved;
    }

    /**
     * A draft made from a plan written in Word: the parts the import proposes become the draft's
     * text, for the person to correct before publishing. A file that is not such a plan is refused.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Plan importDraft(long issuingUnitId, byte[] docx) {
        PlanImport.Proposal proposal = importer.propose(docx);
        Plan plan = createDraft(issuingUnitId, proposal.title().isBlank() ? Texts.vi("plan.import.untitled") : proposal.title());
        plan.setLegalBases(proposal.legalBases());
        plan.setPurposes(proposal.purposes());
        plan.setContents(proposal.contents());
        plan.setOrganisation(proposal.organisation());
        audit.record("PLAN_IMPORTED", SOURCE_TYPE, plan.getId(), plan.getTitle());
        return plans.saveAndFlush(plan);
    }

    /** Saves a draft's text; a published plan changes only through {@link #revise}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Plan saveDraft(Plan plan) {
        Plan stored = editable(plan.getId());
        if (stored.getStatus() != PlanStatus.DRAFT) {
            throw new UserFacingException("plan.error.published-read-only");
        }
        Plan saved = plans.saveAndFlush(plan); // @Version: a second editor gets a conflict, not an overwrite
        audit.record("PLAN_DRAFT_SAVED", SOURCE_TYPE, saved.getId(), saved.getTitle());
        return saved;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public void setRecipients(long planId, List<Long> unitIds) {
        Plan plan = editable(planId);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw new UserFacingException("plan.error.published-read-only");
        }
        recipients.deleteByPlanId(planId);
        recipients.flush();
        for (long unitId : new LinkedHashSet<>(unitIds)) {
            units.get(unitId);
            if (unitId == plan.getIssuingUnitId()) {
                continue; // a unit does not send a plan to itself
            }
            recipients.save(new PlanRecipient(planId, unitId));
        }
        audit.record("PLAN_RECIPIENTS_SET", SOURCE_TYPE, planId, String.valueOf(unitIds));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Receipt> receipts(long planId) {
        get(planId);
        List<Receipt> out = new ArrayList<>();
        for (PlanRecipient r : recipients.findByPlanId(planId)) {
            out.add(new Receipt(r.getUnitId(), directory.unitName(r.getUnitId()), r.getConfirmedAt(), r.getConfirmedBy()));
        }
        out.sort(Comparator.comparing(Receipt::unitName, Collator.getInstance(Texts.VIETNAMESE)));
        return out;
    }

    /**
     * Publishes a draft: takes the next number of the issuer's register, keeps version 1, and
     * tells every recipient unit (bell and mail). Refused without recipients.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Plan publish(long planId, LocalDate issuedOn) {
        Plan plan = editable(planId);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw new UserFacingException("plan.error.not-draft");
        }
        List<PlanRecipient> to = recipients.findByPlanId(planId);
        if (to.isEmpty()) {
            throw new UserFacingException("plan.error.no-recipients");
        }
        if (plan.getContents().isBlank()) {
            throw new UserFacingException("plan.error.no-contents");
        }
        IssuedDocument number = register.issue(plan.getIssuingUnitId(), DOCUMENT_KIND, SOURCE_TYPE, String.valueOf(planId),
                plan.getTitle(), issuedOn);
        plan.published(number.symbol(), issuedOn);
        versions.save(new PlanVersion(plan, null, currentUser.require().username(), clock.instant()));
        tell(plan, to, "plan.notify.published");
        events.publishEvent(new PlanPublished(planId));
        audit.record("PLAN_PUBLISHED", SOURCE_TYPE, planId, number.symbol() + " | " + plan.getTitle());
        return plan;
    }

    /** Issues a revision of a published plan: the edited text becomes the next version; earlier ones stay. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Plan revise(Plan edited, String changeNote) {
        Plan stored = editable(edited.getId());
        if (stored.getStatus() != PlanStatus.PUBLISHED) {
            throw new UserFacingException("plan.error.not-published");
        }
        String note = TextPolicy.require(changeNote, 1000, true);
        if (note == null || note.isBlank()) {
            throw new UserFacingException("plan.error.change-note");
        }
        edited.revised();
        Plan saved = plans.saveAndFlush(edited);
        versions.save(new PlanVersion(saved, note, currentUser.require().username(), clock.instant()));
        tell(saved, recipients.findByPlanId(saved.getId()), "plan.notify.revised");
        audit.record("PLAN_REVISED", SOURCE_TYPE, saved.getId(), "v" + saved.getVersionNo() + " | " + note);
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlanVersion> versions(long planId) {
        get(planId);
        return versions.findByPlanIdOrderByVersionNo(planId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlanDiff.Line> difference(long planId, int from, int to) {
        get(planId);
        PlanVersion a = versions.findByPlanIdAndVersionNo(planId, from).orElseThrow(() -> new UserFacingException("plan.error.no-version"));
        PlanVersion b = versions.findByPlanIdAndVersionNo(planId, to).orElseThrow(() -> new UserFacingException("plan.error.no-version"));
        return PlanDiff.between(a, b);
    }

    /** The person's unit confirms it received the plan (once). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void confirmReceipt(long planId) {
        Plan plan = get(planId);
        PortalUser user = currentUser.require();
        PlanRecipient r = recipients.findByPlanIdAndUnitId(planId, user.unitId())
                .filter(x -> plan.getStatus() != PlanStatus.DRAFT)
                .orElseThrow(() -> new UserFacingException("plan.error.not-recipient"));
        if (r.getConfirmedAt() != null) {
            return;
        }
        r.confirm(user.username(), clock.instant());
        audit.record("PLAN_RECEIPT_CONFIRMED", SOURCE_TYPE, planId, user.unitName());
    }

    /** Closes a published plan when its period ends; it stays readable with its history. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Plan close(long planId) {
        Plan plan = editable(planId);
        if (plan.getStatus() != PlanStatus.PUBLISHED) {
            throw new UserFacingException("plan.error.not-published");
        }
        plan.closed();
        audit.record("PLAN_CLOSED", SOURCE_TYPE, planId, plan.getNumberSymbol());
        return plan;
    }

    /** Reminds the recipients that have not confirmed receipt; returns how many units were reminded. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public int urgeUnconfirmed(long planId) {
        Plan plan = editable(planId);
        List<PlanRecipient> waiting = recipients.findByPlanId(planId).stream().filter(r -> r.getConfirmedAt() == null).toList();
        tell(plan, waiting, "plan.notify.urge");
        audit.record("PLAN_URGED", SOURCE_TYPE, planId, waiting.size() + " units");
        return waiting.size();
    }

    private void tell(Plan plan, List<PlanRecipient> to, String key) {
        notices.tell(plan, to, key);
    }

    private Plan editable(@Nullable Long planId) {
        if (planId == null) {
            throw new UserFacingException("plan.error.not-found");
        }
        Plan plan = get(planId);
        requireIssuer(plan.getIssuingUnitId());
        return plan;
    }

    private void requireIssuer(long unitId) {
        if (!scopes.mayIssueFor(unitId)) {
            throw new AccessDeniedException("only the issuing unit's staff edit its plans");
        }
    }

    private boolean visible(Plan plan) {
        if (scopes.sees(plan.getIssuingUnitId())) {
            return true;
        }
        return plan.getStatus() != PlanStatus.DRAFT
                && recipients.findByPlanIdAndUnitId(plan.getId(), currentUser.require().unitId()).isPresent();
    }
}
