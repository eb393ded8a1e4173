package vn.mttq.giamsat.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.feedback.CaseService.Intake;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.organisation.UnitService;

import static vn.mttq.giamsat.feedback.CaseService.SOURCE_TYPE;
import static vn.mttq.giamsat.feedback.CaseService.required;
import static vn.mttq.giamsat.feedback.CaseService.text;

/**
 * A case comes in (issue 24: CaseService held intake, steps and identity together): recorded by
 * staff from any channel, or received online from the people's page; the following unit suggested
 * from the subject's unit; the reporter's identity sealed at once.
 */
@Service
public class CaseIntake {

    private final FeedbackCaseRepository cases;
    private final IdentityVault vault;
    private final DataScopeService scopes;
    private final UnitService units;
    private final RecipientDirectory directory;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final FollowingUnits followingUnits;
    private final Clock clock = Clock.systemUTC();

    CaseIntake(FeedbackCaseRepository cases, IdentityVault vault, DataScopeService scopes, UnitService units, RecipientDirectory directory,
               CurrentUser currentUser, AuditService audit, FollowingUnits followingUnits) {
        this.cases = cases;
        this.vault = vault;
        this.scopes = scopes;
        this.units = units;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.followingUnits = followingUnits;
    }

    /** The Front committee suggested to follow a case about someone working in {@code subjectUnit}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> suggestFollowingUnit(@Nullable String subjectUnit) {
        return followingUnits.suggest(subjectUnit);
    }

    /**
     * Records a case that reached the Front by any channel. The following unit is the one
     * suggested from the subject's unit, or the person's own committee; choosing another than the
     * suggestion needs a reason, which the audit keeps.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public FeedbackCase record(Intake intake, @Nullable Long followingUnitId, @Nullable String unitReason) {
        Optional<Long> suggested = followingUnits.suggest(intake.subjectUnit());
        long unit = followingUnitId != null ? followingUnitId : suggested.orElse(scopes.current().rootUnitId());
        units.get(unit); // within the person's scope, or refused before anything else
        String why = "";
        if (suggested.isPresent() && suggested.get() != unit) {
            why = " | " + directory.unitName(unit) + " thay cho " + directory.unitName(suggested.get()) + ": "
                    + required(unitReason, 1000, "feedback.error.unit-reason");
        }
        FeedbackCase c = new FeedbackCase(uniqueCode(), unit, currentUser.require().username(), clock.instant());
        describe(c, intake);
        FeedbackCase saved = cases.saveAndFlush(c);
        audit.record("CASE_RECEIVED", SOURCE_TYPE, saved.getId(), saved.getReceiptCode() + " | " + saved.getKind()
                + (saved.isAnonymous() ? " | ẩn danh" : "") + asInformation(intake) + why);
        return saved;
    }

    /**
     * A case sent through the people's page: received online today by the Front at the root of
     * the tree, for its staff to classify. The page has checked who may send; no one is signed in,
     * so the audit names the page and keeps no address.
     */
    @Transactional
    public FeedbackCase receiveOnline(Intake intake, String page) {
        FeedbackCase c = new FeedbackCase(uniqueCode(), directory.rootUnit(), page, clock.instant());
        describe(c, intake);
        c.receivedOnline();
        FeedbackCase saved = cases.saveAndFlush(c);
        audit.recordAs(page, "CASE_RECEIVED", SOURCE_TYPE, saved.getId(), saved.getReceiptCode() + " | " + saved.getKind()
                + " | gửi qua cổng" + (saved.isAnonymous() ? " | ẩn danh" : "") + asInformation(intake), null);
        return saved;
    }

    private void describe(FeedbackCase c, Intake in) {
        if (in.receivedOn().isAfter(LocalDate.now(PortalFormats.VIETNAM))) {
            throw new UserFacingException("feedback.error.future-date");
        }
        String content = TextPolicy.requireFilled(in.content(), FeedbackCase.CONTENT_MAX, true, "feedback.error.content");
        c.describe(in.channel(), in.receivedOn(), kindAsReceived(in), text(in.subjectName(), FeedbackCase.NAME_MAX),
                text(in.subjectPosition(), FeedbackCase.NAME_MAX), text(in.subjectUnit(), FeedbackCase.UNIT_MAX), content);
        c.sealedIdentity(vault.seal(TextPolicy.require(in.reporterName(), 200, false)),
                vault.seal(TextPolicy.require(in.reporterAddress(), 400, false)),
                vault.seal(TextPolicy.require(in.reporterPhone(), 40, false)),
                vault.seal(TextPolicy.require(in.reporterIdNumber(), 40, false)));
    }

    /**
     * Law on Denunciations 2018, art. 25(1): a denunciation without the denouncer's full name and
     * address is not handled as a denunciation; the Front records it as information (a report) and
     * follows it as such. Comments, reports and petitions may be anonymous.
     */
    private static String asInformation(Intake in) {
        return kindAsReceived(in) != in.kind() ? " | " + Texts.vi("feedback.denunciation.as-information") : "";
    }

    static CaseKind kindAsReceived(Intake in) {
        boolean unnamed = in.reporterName() == null || in.reporterName().isBlank() || in.reporterAddress() == null
                || in.reporterAddress().isBlank();
        return in.kind().isDenunciation() && unnamed ? CaseKind.REPORT : in.kind();
    }

    private String uniqueCode() {
        for (int i = 0; i < 5; i++) {
            String code = ReceiptCodes.next();
            if (cases.findByReceiptCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free receipt code after five tries");
    }
}
