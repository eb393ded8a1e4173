package vn.mttq.giamsat.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.ListSpreadsheet;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.catalogues.Catalogue;
import vn.mttq.giamsat.catalogues.CatalogueEntry;
import vn.mttq.giamsat.catalogues.CatalogueService;

/**
 * XLSX of what the supervision lists show. The names of supervised persons go only into the
 * Front staff's export; a member organisation's export has no such column.
 */
@Service
public class SupervisionExport {

    /** Enough for a province's year; a larger export is a report, not a list. */
    static final int MAX_ROWS = 10_000;

    private final ActivityService activities;
    private final RecommendationService recommendations;
    private final SubjectRepository subjects;
    private final CatalogueService catalogues;
    private final CurrentUser currentUser;

    SupervisionExport(ActivityService activities, RecommendationService recommendations, SubjectRepository subjects,
                      CatalogueService catalogues, CurrentUser currentUser) {
        this.activities = activities;
        this.recommendations = recommendations;
        this.subjects = subjects;
        this.catalogues = catalogues;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] activities(ActivityService.Filter filter) {
        boolean front = currentUser.require().role() != Role.MEMBER_ORGANISATION;
        List<Activity> rows = activities.list(filter, PageRequest.of(0, MAX_ROWS)).getContent();
        Map<Long, List<Subject>> bySubject = front
                ? subjects.findByActivityIdIn(rows.stream().map(Activity::getId).toList()).stream()
                        .collect(Collectors.groupingBy(Subject::getActivityId))
                : Map.of();
        Map<String, String> forms = catalogues.all(Catalogue.SUPERVISION_FORM).stream()
                .collect(Collectors.toMap(CatalogueEntry::getCode, CatalogueEntry::getTitle));
        List<String> headers = new ArrayList<>(List.of(vi("supervision.title"), vi("supervision.unit"), vi("supervision.form"),
                vi("supervision.from"), vi("supervision.to"), vi("supervision.status")));
        if (front) {
            headers.add(vi("supervision.subjects"));
        }
        List<List<@Nullable Object>> out = new ArrayList<>();
        for (Activity a : rows) {
            List<@Nullable Object> row = new ArrayList<>(List.of(a.getTitle(), activities.unitName(a.getUnitId()),
                    forms.getOrDefault(a.getFormCode(), a.getFormCode()), a.getPeriodFrom(),
                    a.getPeriodTo(), vi("supervision.status." + a.getStatus().name())));
            if (front) {
                row.add(bySubject.getOrDefault(a.getId(), List.of()).stream().map(Subject::label).collect(Collectors.joining("; ")));
            }
            out.add(row);
        }
        return ListSpreadsheet.write(vi("menu.supervision"), headers, out);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional(readOnly = true)
    public byte[] recommendations(RecommendationService.View view, @Nullable String text, RecommendationService.Narrowing narrowing) {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        List<String> headers = List.of(vi("recommendation.letter"), vi("recommendation.text"), vi("supervision.unit"),
                vi("recommendation.received"), vi("recommendation.due"), vi("recommendation.answered"), vi("recommendation.status"),
                vi("recommendation.outcome"));
        List<List<@Nullable Object>> out = new ArrayList<>();
        for (Recommendation r : recommendations.list(view, text, today, narrowing, PageRequest.of(0, MAX_ROWS))) {
            Activity a = recommendations.activityOf(r);
            out.add(Arrays.<@Nullable Object>asList(a.getLetterSymbol(), r.getText(), activities.unitName(r.getUnitId()),
                    r.getReceivedOn(), r.getDueDate(), r.getAnsweredOn(),
                    vi("recommendation.status." + r.getStatus().name()),
                    r.getOutcome() == null ? "" : vi("recommendation.outcome." + r.getOutcome().name())));
        }
        return ListSpreadsheet.write(vi("menu.recommendations"), headers, out);
    }

    private static String vi(String key) {
        return Texts.vi(key);
    }
}
