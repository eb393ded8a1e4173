package vn.mttq.giamsat.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.text.ListSpreadsheet;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/** XLSX of what the training, propaganda and figures lists show, with their filters (issue 22). */
@Service
class OutreachExport {

    static final int MAX_ROWS = 10_000;

    private final SessionService sessions;
    private final PropagandaService propaganda;
    private final PracticeService practices;
    private final RecipientDirectory directory;

    OutreachExport(SessionService sessions, PropagandaService propaganda, PracticeService practices, RecipientDirectory directory) {
        this.practices = practices;
        this.sessions = sessions;
        this.propaganda = propaganda;
        this.directory = directory;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] sessions(SessionService.Filter filter) {
        List<String> headers = List.of(vi("outreach.title"), vi("outreach.kind"), vi("outreach.unit"), vi("outreach.starts"), vi("outreach.ends"),
                vi("outreach.attendees"), vi("outreach.state"));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (TrainingSession s : sessions.list(filter, PageRequest.of(0, MAX_ROWS))) {
            rows.add(Arrays.<@Nullable Object>asList(s.getTitle(), vi("outreach.kind." + s.getKind().name()), directory.unitName(s.getUnitId()),
                    s.getStartsOn(), s.getEndsOn(), s.getStatus().counts() ? (Object) s.totalAttendance() : null,
                    vi("outreach.status." + s.getStatus().name())));
        }
        return ListSpreadsheet.write(vi("menu.trainings"), headers, rows);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] propaganda(String form, long unit, @Nullable LocalDate from, @Nullable LocalDate to, String text,
                             Map<String, String> formNames) {
        List<String> headers = List.of(vi("outreach.title"), vi("outreach.form"), vi("outreach.unit"), vi("outreach.starts"), vi("outreach.ends"),
                vi("outreach.quantity"), vi("outreach.quantity-unit"), vi("outreach.reach"));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (PropagandaActivity p : propaganda.list(form, unit, from, to, text, PageRequest.of(0, MAX_ROWS))) {
            rows.add(Arrays.<@Nullable Object>asList(p.getTitle(), formNames.getOrDefault(p.getFormCode(), p.getFormCode()),
                    directory.unitName(p.getUnitId()), p.getFromOn(), p.getToOn(), p.getQuantity(),
                    vi("outreach.quantity-unit." + p.getQuantityUnit().name()), p.getReach()));
        }
        return ListSpreadsheet.write(vi("menu.propaganda"), headers, rows);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] practices(boolean provinceWide, @Nullable PracticeStatus status, @Nullable String text) {
        List<String> headers = List.of(vi("outreach.title"), vi("outreach.unit"), vi("outreach.practice.since"), vi("outreach.state"),
                vi("outreach.practice.commendation.short"));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (GoodPractice g : practices.list(provinceWide, status, text, PageRequest.of(0, MAX_ROWS))) {
            rows.add(Arrays.<@Nullable Object>asList(g.getTitle(), directory.unitName(g.getUnitId()), g.getSinceOn(),
                    vi("outreach.practice.status." + g.getStatus().name()), g.isCommendationProposed() ? vi("outreach.practice.commendation") : ""));
        }
        return ListSpreadsheet.write(vi("menu.practices"), headers, rows);
    }

    /** The figures table as shown: one row per unit, sessions per kind, attendees, propaganda, practices recognised. */
    static byte[] figures(List<FiguresView.Row> shown, String ownMark) {
        List<String> headers = new ArrayList<>(List.of(vi("outreach.unit")));
        for (SessionKind k : SessionKind.values()) {
            headers.add(vi("outreach.kind." + k.name()));
        }
        headers.addAll(List.of(vi("outreach.attendees"), vi("menu.propaganda"), vi("outreach.figures.recognised")));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (FiguresView.Row r : shown) {
            List<@Nullable Object> cells = new ArrayList<>(List.of(r.own() ? r.name() + " " + ownMark : r.name()));
            for (SessionKind k : SessionKind.values()) {
                cells.add(r.figures().sessions().get(k));
            }
            cells.addAll(List.of(r.figures().attendees(), r.figures().propagandaActivities(), r.figures().practicesRecognised()));
            rows.add(cells);
        }
        return ListSpreadsheet.write(vi("menu.outreach-figures"), headers, rows);
    }

    private static String vi(String key) {
        return Texts.vi(key);
    }
}
