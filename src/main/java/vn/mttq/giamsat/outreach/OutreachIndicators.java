package vn.mttq.giamsat.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.catalogues.Catalogue;
import vn.mttq.giamsat.catalogues.CatalogueEntry;
import vn.mttq.giamsat.catalogues.CatalogueService;
import vn.mttq.giamsat.indicators.Indicator;
import vn.mttq.giamsat.indicators.IndicatorSource;

/**
 * Propaganda, training and good practices as indicators, from the same per-unit query as the
 * figures page ({@link OutreachFigures}), so the two never disagree.
 */
@Component
@Order(40)
class OutreachIndicators implements IndicatorSource {

    static final String SESSIONS = "sessions.held";
    static final String SESSION_KIND = "sessions.kind.";
    static final String ATTENDANCE = "attendance.total";
    static final String AUDIENCE = "attendance.";
    static final String WOMEN = "attendance.women";
    static final String ETHNIC = "attendance.ethnic-minority";
    static final String PROPAGANDA = "propaganda.activities";
    static final String FORM = "propaganda.form.";
    static final String PROPOSED = "practices.proposed";
    static final String RECOGNISED = "practices.recognised";

    private final OutreachCounts figures;
    private final CatalogueService catalogues;

    OutreachIndicators(OutreachCounts figures, CatalogueService catalogues) {
        this.figures = figures;
        this.catalogues = catalogues;
    }

    @Override
    public List<Indicator> indicators() {
        List<Indicator> out = new ArrayList<>();
        out.add(Indicator.of(SESSIONS, "outreach", Indicator.named("indicator.sessions.held"), "indicator.measure.session",
                "indicator.method.sessions"));
        for (SessionKind k : SessionKind.values()) {
            out.add(Indicator.of(SESSION_KIND + k.name(), "outreach",
                    Indicator.named("indicator.sessions.kind", l -> Texts.format(l, "outreach.kind." + k.name())),
                    "indicator.measure.session", "indicator.method.sessions"));
        }
        out.add(Indicator.of(ATTENDANCE, "outreach", Indicator.named("indicator.attendance.total"), "indicator.measure.attendance",
                "indicator.method.attendance"));
        for (Audience a : Audience.values()) {
            out.add(Indicator.of(AUDIENCE + a.name(), "outreach",
                    Indicator.named("indicator.attendance.audience", l -> Texts.format(l, "outreach.audience." + a.name())),
                    "indicator.measure.attendance", "indicator.method.attendance"));
        }
        out.add(Indicator.of(WOMEN, "outreach", Indicator.named("indicator.attendance.women"), "indicator.measure.attendance",
                "indicator.method.attendance"));
        out.add(Indicator.of(ETHNIC, "outreach", Indicator.named("indicator.attendance.ethnic"), "indicator.measure.attendance",
                "indicator.method.attendance"));
        out.add(Indicator.of(PROPAGANDA, "outreach", Indicator.named("indicator.propaganda.activities"), "indicator.measure.activity",
                "indicator.method.propaganda"));
        for (CatalogueEntry form : catalogues.all(Catalogue.PROPAGANDA_FORM)) {
            out.add(Indicator.of(FORM + form.getCode(), "outreach", Indicator.named("indicator.propaganda.form", l -> form.getTitle()),
                    "indicator.measure.activity", "indicator.method.propaganda"));
        }
        out.add(Indicator.of(PROPOSED, "outreach", Indicator.named("indicator.practices.proposed"), "indicator.measure.practice",
                "indicator.method.practices.proposed"));
        out.add(Indicator.of(RECOGNISED, "outreach", Indicator.named("indicator.practices.recognised"), "indicator.measure.practice",
                "indicator.method.practices.recognised"));
        return out;
    }

    @Override
    public Map<Long, Map<String, Long>> count(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        figures.perUnit(unitIds, from, to).forEach((unit, f) -> {
            Map<String, Long> v = new HashMap<>();
            v.put(SESSIONS, f.sessionsHeld());
            f.sessions().forEach((k, n) -> v.put(SESSION_KIND + k.name(), n));
            v.put(ATTENDANCE, f.attendees());
            f.attendance().forEach((a, n) -> v.put(AUDIENCE + a.name(), n));
            v.put(WOMEN, f.women());
            v.put(ETHNIC, f.ethnicMinority());
            v.put(PROPAGANDA, f.propagandaActivities());
            f.propaganda().forEach((form, t) -> v.put(FORM + form, t.activities()));
            v.put(PROPOSED, f.practicesProposed());
            v.put(RECOGNISED, f.practicesRecognised());
            out.put(unit, v);
        });
        return out;
    }
}
