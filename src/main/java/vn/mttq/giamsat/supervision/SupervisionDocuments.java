package vn.mttq.giamsat.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JREmptyDataSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.catalogues.Catalogue;
import vn.mttq.giamsat.catalogues.CatalogueEntry;
import vn.mttq.giamsat.catalogues.CatalogueService;
import vn.mttq.giamsat.reports.OfficialHeader;
import vn.mttq.giamsat.reports.ReportEngine;
import vn.mttq.giamsat.reports.ReportFormat;
import vn.mttq.giamsat.signing.DocumentPrinter;
import vn.mttq.giamsat.signing.SignedDocuments;

/**
 * The supervision report (báo cáo kết quả giám sát) and the recommendation letter to the party
 * committee (văn bản kiến nghị), in the official layout (reports/official-document.jrxml),
 * PDF or DOCX; marked "DỰ THẢO" until numbered. They name supervised persons, so only the
 * Front's staff in the activity's scope print them. Always in Vietnamese.
 */
@Service
public class SupervisionDocuments implements DocumentPrinter {

    public enum Kind { REPORT, LETTER }

    private final ActivityService activities;
    private final RecommendationService recommendations;
    private final CatalogueService catalogues;
    private final ReportEngine engine;
    private final OfficialHeader header;
    private final SignedDocuments signed;

    SupervisionDocuments(ActivityService activities, RecommendationService recommendations, CatalogueService catalogues,
                         ReportEngine engine, OfficialHeader header, SignedDocuments signed) {
        this.signed = signed;
        this.activities = activities;
        this.recommendations = recommendations;
        this.catalogues = catalogues;
        this.engine = engine;
        this.header = header;
    }

    @Override
    public String sourceType() {
        return ActivityService.SOURCE_TYPE;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional(readOnly = true)
    public byte[] issuedPdf(String sourceId, String documentType) {
        return render(Long.parseLong(sourceId), RecommendationService.LETTER_KIND.equals(documentType) ? Kind.LETTER : Kind.REPORT,
                ReportFormat.PDF);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional(readOnly = true)
    public byte[] render(long activityId, Kind kind, ReportFormat format) {
        Activity a = activities.get(activityId);
        if (!activities.readsFindings(a)) {
            throw new AccessDeniedException("supervision documents name supervised persons");
        }
        String unit = activities.unitName(a.getUnitId());
        String symbol = kind == Kind.REPORT ? a.getReportSymbol() : a.getLetterSymbol();
        LocalDate issued = kind == Kind.REPORT ? a.getReportIssuedOn() : a.getLetterIssuedOn();
        Map<String, Object> p = header.numbered(a.getUnitId(), symbol,
                (kind == Kind.REPORT ? ActivityService.REPORT_KIND + "-" : "") + "MTTQ",
                issued == null ? LocalDate.now(PortalFormats.VIETNAM) : issued);
        p.put("DRAFT_MARK", symbol == null ? Texts.vi("plan.print.draft") : null);
        List<Subject> subjects = activities.subjects(activityId);
        Map<Long, Subject> byId = subjects.stream().collect(Collectors.toMap(Subject::getId, s -> s));
        List<Recommendation> recs = recommendations.ofActivity(activityId);
        if (kind == Kind.REPORT) {
            p.put("KIND", Texts.vi("supervision.print.report-kind"));
            p.put("TITLE", Texts.vi("supervision.print.report-title", supervised(a)));
            p.put("BODY", reportBody(a, unit, subjects, byId, recs));
            p.put("RECIPIENTS", Texts.vi("supervision.print.report-recipients", a.getAddressee().isBlank() ? "" : "- " + a.getAddressee() + ";\n"));
        } else {
            p.put("TITLE", Texts.vi("supervision.print.letter-title", supervised(a)));
            p.put("ADDRESSEE", Texts.vi("supervision.print.to", a.getAddressee()));
            p.put("BODY", letterBody(a, unit, byId, recs));
            p.put("RECIPIENTS", Texts.vi("supervision.print.letter-recipients"));
        }
        if (format != ReportFormat.PDF) {
            return engine.render("official-document", p, new JREmptyDataSource(1), format);
        }
        // the issued report or letter is signed once and kept; a draft prints as rendered (issue 26)
        return signed.issuedPdf(ActivityService.SOURCE_TYPE, String.valueOf(activityId),
                kind == Kind.REPORT ? ActivityService.REPORT_KIND : RecommendationService.LETTER_KIND, "1",
                () -> engine.render("official-document", p, new JREmptyDataSource(1), format));
    }

    public String fileName(long activityId, Kind kind, ReportFormat format) {
        return (kind == Kind.REPORT ? "bao-cao-giam-sat-" : "kien-nghi-sau-giam-sat-") + activityId + "." + format.extension();
    }

    private String reportBody(Activity a, String unit, List<Subject> subjects, Map<Long, Subject> byId, List<Recommendation> recs) {
        StringBuilder b = new StringBuilder();
        b.append(Texts.vi("supervision.print.report-intro", a.getLegalBasis().isBlank() ? Texts.vi("supervision.print.default-basis")
                : a.getLegalBasis().replace('\n', ' '), unit, supervised(a), PortalFormats.date(a.getPeriodFrom()),
                PortalFormats.date(a.getPeriodTo()), formTitle(a.getFormCode()))).append("\n\n");
        b.append(Texts.vi("supervision.print.subjects")).append('\n');
        subjects.forEach(s -> b.append("- ").append(s.label()).append('\n'));
        b.append('\n').append(Texts.vi("supervision.print.contents")).append('\n');
        for (ContentPoint point : a.getContentPoints()) {
            b.append("- ").append(wording(point)).append('\n');
        }
        if (!a.getContentOther().isBlank()) {
            b.append("- ").append(a.getContentOther()).append('\n');
        }
        b.append('\n').append(Texts.vi("supervision.print.findings")).append('\n');
        for (Finding f : activities.findings(a.getId())) {
            Subject s = f.getSubjectId() == null ? null : byId.get(f.getSubjectId());
            b.append("- ").append(s == null ? "" : s.getName() + ": ").append(f.getText()).append('\n');
        }
        b.append('\n').append(Texts.vi("supervision.print.conclusion")).append('\n').append(a.getConclusion()).append('\n');
        if (!recs.isEmpty()) {
            b.append('\n').append(Texts.vi("supervision.print.recommendations")).append('\n');
            numbered(b, recs, byId);
        }
        return b.toString();
    }

    /**
     * What was supervised, to follow the documents' own "giám sát": an activity titled "Giám sát việc
     * tiếp công dân…" gives "việc tiếp công dân…", so no sentence reads "qua giám sát Giám sát việc…".
     */
    static String supervised(Activity a) {
        String title = a.getTitle().strip();
        String rest = title.regionMatches(true, 0, "Giám sát ", 0, 9) ? title.substring(9).strip() : title;
        return rest.isEmpty() ? title : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private String letterBody(Activity a, String unit, Map<Long, Subject> byId, List<Recommendation> recs) {
        StringBuilder b = new StringBuilder();
        b.append(Texts.vi("supervision.print.letter-intro", supervised(a), PortalFormats.date(a.getPeriodFrom()),
                PortalFormats.date(a.getPeriodTo()), a.getReportSymbol() == null ? "" : Texts.vi("supervision.print.letter-report", a.getReportSymbol()),
                unit, a.getAddressee())).append('\n');
        numbered(b, recs, byId);
        b.append(Texts.vi("supervision.print.letter-answer", a.getAddressee(), unit));
        return b.toString();
    }

    private static void numbered(StringBuilder b, List<Recommendation> recs, Map<Long, Subject> byId) {
        int n = 0;
        for (Recommendation r : recs) {
            Subject s = r.getSubjectId() == null ? null : byId.get(r.getSubjectId());
            b.append(++n).append(". ").append(s == null ? "" : s.label() + ": ").append(r.getText()).append('\n');
        }
    }

    private String formTitle(String code) {
        return catalogues.all(Catalogue.SUPERVISION_FORM).stream().filter(e -> e.getCode().equals(code)).findFirst()
                .map(CatalogueEntry::getTitle).orElse(code);
    }

    private String wording(ContentPoint point) {
        return entry(point).map(CatalogueEntry::wording).orElse(point.getCode());
    }

    private Optional<CatalogueEntry> entry(ContentPoint point) {
        try {
            return catalogues.all(Catalogue.valueOf(point.getCatalogue())).stream().filter(e -> e.getCode().equals(point.getCode())).findFirst();
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
