package vn.mttq.giamsat.plans;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JREmptyDataSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.reports.OfficialHeader;
import vn.mttq.giamsat.reports.ReportEngine;
import vn.mttq.giamsat.reports.ReportFormat;
import vn.mttq.giamsat.signing.DocumentPrinter;
import vn.mttq.giamsat.signing.SignedDocuments;

/**
 * A plan printed in the official layout (reports/plan.jrxml), PDF or DOCX: what a published plan
 * says as issued, or the current draft marked "DỰ THẢO". Always in Vietnamese.
 */
@Service
public class PlanDocument implements DocumentPrinter {

    private final PlanService plans;
    private final ReportEngine engine;
    private final OfficialHeader header;
    private final SignedDocuments signed;

    PlanDocument(PlanService plans, ReportEngine engine, OfficialHeader header, SignedDocuments signed) {
        this.signed = signed;
        this.plans = plans;
        this.engine = engine;
        this.header = header;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] render(long planId, ReportFormat format) {
        Plan plan = plans.get(planId);
        boolean draft = plan.getStatus() == PlanStatus.DRAFT;
        LocalDate date = plan.getIssuedOn() == null ? LocalDate.now(PortalFormats.VIETNAM) : plan.getIssuedOn();
        Map<String, Object> p = header.numbered(plan.getIssuingUnitId(), plan.getNumberSymbol(),
                PlanService.DOCUMENT_KIND + "-MTTQ", date);
        p.put("DRAFT_MARK", draft ? Texts.vi("plan.print.draft") : null);
        p.put("KIND", Texts.vi("plan.print.kind"));
        p.put("TITLE", plan.getTitle());
        p.put("LEGAL_BASES", plan.getLegalBases().isBlank() ? null : plan.getLegalBases());
        p.put("PURPOSES_LABEL", Texts.vi("plan.print.purposes"));
        p.put("PURPOSES", plan.getPurposes());
        p.put("CONTENTS_LABEL", Texts.vi("plan.print.contents"));
        p.put("CONTENTS", plan.getContents());
        p.put("ORGANISATION_LABEL", Texts.vi("plan.print.organisation"));
        p.put("ORGANISATION", plan.getOrganisation());
        String to = plans.receipts(planId).stream().map(r -> "- " + r.unitName() + ";").collect(Collectors.joining("\n"));
        p.put("RECIPIENTS", (to.isEmpty() ? "" : to + "\n") + Texts.vi("plan.print.archive"));
        if (format != ReportFormat.PDF) {
            return engine.render("plan", p, new JREmptyDataSource(1), format);
        }
        // an issued plan's PDF is signed once per version and kept; a draft prints as rendered (issue 26)
        return signed.issuedPdf(PlanService.SOURCE_TYPE, String.valueOf(planId), PlanService.DOCUMENT_KIND,
                "v" + plan.getVersionNo(), () -> engine.render("plan", p, new JREmptyDataSource(1), format));
    }

    @Override
    public String sourceType() {
        return PlanService.SOURCE_TYPE;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] issuedPdf(String sourceId, String documentType) {
        return render(Long.parseLong(sourceId), ReportFormat.PDF);
    }

    public String fileName(long planId, ReportFormat format) {
        return "ke-hoach-" + planId + "." + format.extension();
    }
}
