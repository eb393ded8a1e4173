package vn.mttq.giamsat.feedback;

import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.infra.PortalAddress;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.reports.OfficialHeader;
import vn.mttq.giamsat.reports.ReportEngine;
import vn.mttq.giamsat.reports.ReportFormat;
import vn.mttq.giamsat.signing.SignedDocuments;

/**
 * The receipt slip handed to the person (giấy biên nhận), in the official layout
 * (reports/official-document.jrxml): the receipt code as its number, what was received and how
 * to follow it on the public lookup. It never carries the reporter's identity.
 */
@Service
public class ReceiptSlip {

    private final CaseService cases;
    private final ReportEngine engine;
    private final OfficialHeader header;
    private final PortalAddress address;
    private final SignedDocuments signed;

    ReceiptSlip(CaseService cases, ReportEngine engine, OfficialHeader header, PortalAddress address, SignedDocuments signed) {
        this.signed = signed;
        this.cases = cases;
        this.engine = engine;
        this.header = header;
        this.address = address;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional(readOnly = true)
    public byte[] render(long caseId, ReportFormat format) {
        FeedbackCase c = cases.get(caseId);
        String unit = cases.unitName(c.getFollowingUnitId());
        Map<String, Object> p = header.numbered(c.getFollowingUnitId(), c.getReceiptCode(), "GBN", c.getReceivedOn());
        p.put("KIND", Texts.vi("feedback.slip.kind"));
        p.put("TITLE", Texts.vi("feedback.slip.title"));
        p.put("BODY", Texts.vi("feedback.slip.body", unit, PortalFormats.date(c.getReceivedOn()),
                Texts.vi("feedback.channel." + c.getChannel().name()), Texts.vi("feedback.kind." + c.getKind().name()),
                c.getReceiptCode(), address.of("tra-cuu")));
        p.put("RECIPIENTS", Texts.vi("feedback.slip.recipients"));
        if (format != ReportFormat.PDF) {
            return engine.render("official-document", p, new JREmptyDataSource(1), format);
        }
        // the slip is numbered by its receipt code: signed once and kept, like a register's document (issue 26)
        return signed.numberedPdf(new SignedDocuments.Numbered(CaseService.SOURCE_TYPE, String.valueOf(caseId), "GBN", null,
                c.getFollowingUnitId(), c.getReceiptCode(), c.getReceivedOn()), "1",
                () -> engine.render("official-document", p, new JREmptyDataSource(1), format));
    }

    public String fileName(long caseId, ReportFormat format) {
        return "giay-bien-nhan-" + caseId + "." + format.extension();
    }
}
