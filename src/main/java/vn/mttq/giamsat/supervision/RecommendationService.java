package vn.mttq.giamsat.supervision;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.SearchText;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.deadlines.Deadline;
import vn.mttq.giamsat.deadlines.DeadlineExtended;
import vn.mttq.giamsat.deadlines.DeadlineRequest;
import vn.mttq.giamsat.deadlines.DeadlineService;
import vn.mttq.giamsat.deadlines.LegalTimeLimits;
import vn.mttq.giamsat.deadlines.ReportingPeriod;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.register.DocumentRegister;
import vn.mttq.giamsat.register.IssuedDocument;

/**
 * Recommendations to the party committee after a supervision (Regulation 124, article 8): drafted
 * with the findings, sent in one numbered letter, each followed by the deadline engine from the
 * day the committee received the letter (20 working days; 30 for a complex case, with a reason),
 * answered with an outcome, then followed up until the action is done or the Standing Committee
 * closes it.
 */
@Service
public class RecommendationService {

    public static final String SOURCE_TYPE = "supervision-recommendation";
    /** A letter (công văn) carries no kind abbreviation of its own in Decree 30; the register files it as CV. */
    static final String LETTER_KIND = "CV";
    public static final int STANDARD_DAYS = 20;
    static final int COMPLEX_DAYS = 30;

    /** Which recommendations the list shows. */
    public enum View { AWAITING, OVERDUE, ANSWERED_THIS_PERIOD, FOLLOW_UP, ALL }

    /**
     * An answered-on-time rate for one branch of the scope (a district, or the province's own), as the
     * dashboard counts it: recommendations the committees received in the span, and of them those
     * answered within the time limit (20 working days, 30 for a complex case).
     */
    public record Rate(String unitName, long received, long onTime) {
        public int percent() {
            return received == 0 ? 0 : (int) Math.round(100.0 * onTime / received);
        }
    }

    private final RecommendationRepository recommendations;
    private final SupervisionIndicators indicators;
    private final LegalTimeLimits limits;
    private final ActivityService activities;
    private final DeadlineService deadlines;
    private final DocumentRegister register;
    private final DataScopeService scopes;
    private final CurrentUser currentUser;
    private final RecipientDirectory directory;
    private final AuditService audit;

    RecommendationService(RecommendationRepository recommendations, ActivityService activities,
                          DeadlineService deadlines, DocumentRegister register, DataScopeService scopes, CurrentUser currentUser,
                          RecipientDirectory directory, AuditService audit, SupervisionIndicators indicators,
                          LegalTimeLimits limits) {
        this.indicators = indicators;
        this.limits = limits;
        this.recommendations = recommendations;
        this.activities = activities;
        this.deadlines = deadlines;
        this.register = register;
        this.scopes = scopes;
        this.currentUser = currentUser;
        this.directory = directory;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional(readOnly = true)
    public List<Recommendation> ofActivity(long activityId) {
        Activity activity = activities.get(activityId);
        if (!activities.readsFindings(activity)) {
            throw new AccessDeniedException("recommendations are read by the Front's staff");
        }
        return recommendations.findByActivityIdOrderById(activityId);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional(readOnly = true)
    public Recommendation get(long id) {
        Recommendation r = recommendations.findById(id).orElseThrow(() -> new UserFacingException("supervision.error.not-found"));
        if (!scopes.sees(r.getUnitId())) {
            throw new AccessDeniedException("recommendation " + id + " is outside the person's scope");
        }
        return r;
    }

    /** The recommendations list (kien-nghi) of the person's scope. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional(readOnly = true)
    public Slice<Recommendation> list(View view, @Nullable String text, LocalDate today, Pageable pageable) {
        return list(view, text, today, Narrowing.NONE, pageable);
    }

    /**
     * A link's narrowing (issue 22: a dashboard bar opens the records it counts): a unit's subtree
     * within the person's scope (a unit outside it is ignored) and the days the recommendations
     * were received.
     */
    public record Narrowing(@Nullable Long unitId, @Nullable LocalDate receivedFrom, @Nullable LocalDate receivedTo) {
        public static final Narrowing NONE = new Narrowing(null, null, null);

        public boolean any() {
            return unitId != null || receivedFrom != null || receivedTo != null;
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional(readOnly = true)
    public Slice<Recommendation> list(View view, @Nullable String text, LocalDate today, Narrowing narrowing, Pageable pageable) {
        Collection<Long> units = units(narrowing);
        String words = SearchText.contains(text);
        if (view == View.ANSWERED_THIS_PERIOD) {
            return recommendations.answeredInScope(units, halfYearStart(today), today, words, pageable);
        }
        return recommendations.openInScope(units, states(view), view == View.OVERDUE ? today.minusDays(1) : null,
                narrowing.receivedFrom(), narrowing.receivedTo(), words, pageable);
    }

    /** How many recommendations {@link #list} finds: the list's count (issue 22). */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional(readOnly = true)
    public long count(View view, @Nullable String text, LocalDate today, Narrowing narrowing) {
        Collection<Long> units = units(narrowing);
        String words = SearchText.contains(text);
        return view == View.ANSWERED_THIS_PERIOD ? recommendations.countAnsweredInScope(units, halfYearStart(today), today, words)
                : recommendations.countOpenInScope(units, states(view), view == View.OVERDUE ? today.minusDays(1) : null,
                        narrowing.receivedFrom(), narrowing.receivedTo(), words);
    }

    /** The units of the person's scope, or of the narrowing's subtree when it lies within the scope. */
    private Collection<Long> units(Narrowing narrowing) {
        Set<Long> scope = directory.branches(scopes.current().rootUnitId()).keySet();
        return narrowing.unitId() != null && scope.contains(narrowing.unitId()) ? directory.branches(narrowing.unitId()).keySet() : scope;
    }

    private static List<String> states(View view) {
        Set<RecommendationStatus> states = switch (view) {
            case AWAITING -> EnumSet.of(RecommendationStatus.AWAITING_RECEIPT, RecommendationStatus.AWAITING_ANSWER);
            case OVERDUE -> EnumSet.of(RecommendationStatus.AWAITING_ANSWER);
            case FOLLOW_UP -> EnumSet.of(RecommendationStatus.ANSWERED);
            case ALL, ANSWERED_THIS_PERIOD -> EnumSet.complementOf(EnumSet.of(RecommendationStatus.DRAFT));
        };
        return states.stream().map(Enum::name).toList();
    }

    /** The activity a recommendation belongs to, for the lists (read in the caller's scope). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Activity activityOf(Recommendation r) {
        return activities.get(r.getActivityId());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Recommendation add(long activityId, @Nullable Long subjectId, String text) {
        Activity activity = activities.editable(activityId);
        requireDrafting(activity);
        activities.requireSubjectOf(activityId, subjectId);
        Recommendation r = recommendations.saveAndFlush(new Recommendation(activityId, activity.getUnitId(), subjectId, words(text),
                currentUser.require().accountId()));
        audit.record("RECOMMENDATION_DRAFTED", SOURCE_TYPE, r.getId(), r.getText());
        return r;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public void remove(long id) {
        Recommendation r = get(id);
        requireDrafting(activities.editable(r.getActivityId()));
        if (r.getStatus() != RecommendationStatus.DRAFT) {
            throw new UserFacingException("supervision.error.letter-issued");
        }
        recommendations.delete(r);
        audit.record("RECOMMENDATION_REMOVED", SOURCE_TYPE, id, r.getText());
    }

    /**
     * Issues the recommendation letter to the party committee at the same level: the next number
     * of the unit's register; every drafted recommendation now awaits the committee's receipt.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Activity issueLetter(long activityId, LocalDate on) {
        Activity activity = activities.editable(activityId);
        if (activity.getStatus() != ActivityStatus.CONCLUDED) {
            throw new UserFacingException("supervision.error.letter-before-conclusion");
        }
        if (activity.getAddressee().isBlank()) {
            throw new UserFacingException("supervision.error.addressee");
        }
        List<Recommendation> drafts = recommendations.findByActivityIdOrderById(activityId).stream()
                .filter(r -> r.getStatus() == RecommendationStatus.DRAFT).toList();
        if (drafts.isEmpty()) {
            throw new UserFacingException("supervision.error.no-recommendations");
        }
        IssuedDocument number = register.issue(activity.getUnitId(), LETTER_KIND, ActivityService.SOURCE_TYPE, String.valueOf(activityId),
                "Kiến nghị sau giám sát: " + activity.getTitle(), on);
        activity.letterIssued(number.symbol(), on);
        activity.moveTo(ActivityStatus.RECOMMENDED);
        drafts.forEach(Recommendation::sent);
        audit.record("SUPERVISION_LETTER_ISSUED", ActivityService.SOURCE_TYPE, activityId, number.symbol() + " | " + activity.getAddressee());
        return activity;
    }

    /**
     * The party committee received the letter on {@code receivedOn}: each recommendation gets its
     * deadline from the engine (the day of receipt not counted, Civil Code art. 147).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Activity recordReceipt(long activityId, LocalDate receivedOn) {
        Activity activity = activities.editable(activityId);
        if (activity.getLetterIssuedOn() == null) {
            throw new UserFacingException("supervision.error.no-letter");
        }
        if (receivedOn.isBefore(activity.getLetterIssuedOn())) {
            throw new UserFacingException("supervision.error.received-before-letter", PortalFormats.date(activity.getLetterIssuedOn()));
        }
        if (receivedOn.isAfter(LocalDate.now(PortalFormats.VIETNAM))) {
            throw new UserFacingException("supervision.error.future-date");
        }
        if (activity.getLetterReceivedOn() != null) {
            throw new UserFacingException("supervision.error.receipt-recorded");
        }
        activity.letterReceived(receivedOn);
        for (Recommendation r : recommendations.findByActivityIdOrderById(activityId)) {
            if (r.getStatus() != RecommendationStatus.AWAITING_RECEIPT) {
                continue;
            }
            Deadline d = deadlines.register(new DeadlineRequest(SOURCE_TYPE, String.valueOf(r.getId()), title(activity, r),
                    "giam-sat/" + activityId, activity.getUnitId(), r.getResponsibleAccountId(), receivedOn, STANDARD_DAYS));
            r.received(receivedOn, d.dueDate());
            audit.record("RECOMMENDATION_RECEIVED", SOURCE_TYPE, r.getId(), PortalFormats.date(receivedOn) + " -> " + PortalFormats.date(d.dueDate()));
        }
        return activity;
    }

    /** A complex case: the committee may take up to 30 working days; the reason is recorded. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF')")
    @Transactional
    public Recommendation extend(long id, String reason) {
        Recommendation r = get(id);
        activities.editable(r.getActivityId());
        if (r.getStatus() != RecommendationStatus.AWAITING_ANSWER) {
            throw new UserFacingException("supervision.error.not-awaiting");
        }
        Deadline d = deadlines.extend(SOURCE_TYPE, String.valueOf(id), COMPLEX_DAYS, reason);
        r.extended(d.dueDate());
        audit.record("RECOMMENDATION_EXTENDED", SOURCE_TYPE, id, reason);
        return r;
    }

    /** An extension made from the deadlines page moves the due date kept for the lists too. */
    @EventListener
    void on(DeadlineExtended extended) {
        if (SOURCE_TYPE.equals(extended.sourceType())) {
            try {
                recommendations.findById(Long.parseLong(extended.sourceId())).ifPresent(r -> r.extended(extended.newDueDate()));
            } catch (NumberFormatException demoItem) {
                // items registered by other means carry no recommendation
            }
        }
    }

    /** Urges the responsible person to obtain the answer (the engine's note and history). */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public void urge(long id, @Nullable String note) {
        Recommendation r = get(id);
        if (r.getStatus() != RecommendationStatus.AWAITING_ANSWER) {
            throw new UserFacingException("supervision.error.not-awaiting");
        }
        deadlines.urge(SOURCE_TYPE, String.valueOf(id), note);
    }

    /** The committee's written answer: not before the letter was received, not in the future. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Recommendation answer(long id, LocalDate answeredOn, String answerSymbol, String summary, Outcome outcome) {
        Recommendation r = get(id);
        Activity activity = activities.editable(r.getActivityId());
        if (r.getStatus() == RecommendationStatus.AWAITING_RECEIPT || r.getReceivedOn() == null) {
            throw new UserFacingException("supervision.error.no-receipt");
        }
        if (r.getStatus() != RecommendationStatus.AWAITING_ANSWER) {
            throw new UserFacingException("supervision.error.not-awaiting");
        }
        if (answeredOn.isBefore(r.getReceivedOn())) {
            throw new UserFacingException("supervision.error.answer-before-receipt", PortalFormats.date(r.getReceivedOn()));
        }
        if (answeredOn.isAfter(LocalDate.now(PortalFormats.VIETNAM))) {
            throw new UserFacingException("supervision.error.future-date");
        }
        String symbol = TextPolicy.require(answerSymbol, Recommendation.SYMBOL_MAX, false);
        String text = TextPolicy.requireFilled(summary, Recommendation.TEXT_MAX, true, "supervision.error.answer-summary");
        r.answered(answeredOn, symbol == null ? "" : symbol, text, outcome);
        deadlines.met(SOURCE_TYPE, String.valueOf(id), answeredOn);
        audit.record("RECOMMENDATION_ANSWERED", SOURCE_TYPE, id, PortalFormats.date(answeredOn) + " | "
                + Texts.vi("recommendation.outcome." + outcome.name()) + " | " + text);
        allAnswered(activity);
        return r;
    }

    /** A dated line of what was seen of the recommended action after the answer. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Recommendation followUp(long id, String note) {
        Recommendation r = answered(id);
        String text = words(note);
        r.followedUp(PortalFormats.date(LocalDate.now(PortalFormats.VIETNAM)) + ": " + text);
        audit.record("RECOMMENDATION_FOLLOWED_UP", SOURCE_TYPE, id, text);
        return r;
    }

    /** The recommended action was carried out. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public Recommendation done(long id, String note) {
        Recommendation r = answered(id);
        String text = words(note);
        r.done(LocalDate.now(PortalFormats.VIETNAM), text);
        audit.record("RECOMMENDATION_DONE", SOURCE_TYPE, id, text);
        return r;
    }

    /**
     * The Standing Committee ends the follow-up of one recommendation without its action being
     * done (or without an answer), with a note; its deadline is closed too.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DISTRICT_STAFF')")
    @Transactional
    public Recommendation close(long id, String note) {
        Recommendation r = get(id);
        Activity activity = activities.editable(r.getActivityId());
        if (!r.getStatus().isOpen()) {
            throw new UserFacingException("supervision.error.not-open-recommendation");
        }
        String text = words(note);
        if (r.getStatus() == RecommendationStatus.AWAITING_ANSWER) {
            deadlines.close(SOURCE_TYPE, String.valueOf(id), text);
        }
        r.closed(LocalDate.now(PortalFormats.VIETNAM), text);
        audit.record("RECOMMENDATION_CLOSED", SOURCE_TYPE, id, text);
        allAnswered(activity);
        return r;
    }

    private void allAnswered(Activity activity) {
        if (activity.getStatus() == ActivityStatus.RECOMMENDED && recommendations.findByActivityIdOrderById(activity.getId()).stream()
                .noneMatch(x -> x.getStatus() == RecommendationStatus.AWAITING_RECEIPT || x.getStatus() == RecommendationStatus.AWAITING_ANSWER)) {
            activity.moveTo(ActivityStatus.ANSWERED);
            audit.record("SUPERVISION_ALL_ANSWERED", ActivityService.SOURCE_TYPE, activity.getId(), activity.getTitle());
        }
    }

    /**
     * Closes an activity whose work is over: concluded with nothing to recommend, or after the
     * answers. Recommendations still open are closed with it (their deadlines too); only the
     * Standing Committee (a leader, or a district's committee for its own) or an administrator.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DISTRICT_STAFF')")
    @Transactional
    public Activity closeActivity(long activityId, String note) {
        Activity activity = activities.editable(activityId);
        if (!activity.getStatus().mayBecome(ActivityStatus.CLOSED)) {
            throw new UserFacingException("supervision.error.transition");
        }
        List<Recommendation> all = recommendations.findByActivityIdOrderById(activityId);
        if (activity.getStatus() == ActivityStatus.CONCLUDED && !all.isEmpty()) {
            throw new UserFacingException("supervision.error.letter-pending");
        }
        String text = words(note);
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        for (Recommendation r : all) {
            if (r.getStatus() == RecommendationStatus.AWAITING_ANSWER) {
                deadlines.close(SOURCE_TYPE, String.valueOf(r.getId()), text);
            }
            if (r.getStatus().isOpen()) {
                r.closed(today, text);
                audit.record("RECOMMENDATION_CLOSED", SOURCE_TYPE, r.getId(), text);
            }
        }
        activity.moveTo(ActivityStatus.CLOSED);
        audit.record("SUPERVISION_CLOSED", ActivityService.SOURCE_TYPE, activityId, text);
        return activity;
    }

    /**
     * Per branch of the scope, the answered-on-time rate over a span, with the dashboard's definition
     * and counts (SupervisionIndicators): one figure wherever a rate is shown (issue 22).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional(readOnly = true)
    public List<Rate> onTimeRates(LocalDate from, LocalDate to) {
        long root = scopes.current().rootUnitId();
        Map<Long, Long> branchOf = directory.branches(root);
        Map<Long, long[]> sums = new LinkedHashMap<>();
        indicators.count(branchOf.keySet(), from, to).forEach((unit, v) -> {
            long received = v.getOrDefault(SupervisionIndicators.RECEIVED, 0L);
            if (received > 0) {
                long[] s = sums.computeIfAbsent(branchOf.get(unit), b -> new long[2]);
                s[0] += received;
                s[1] += v.getOrDefault(SupervisionIndicators.WITHIN_STANDARD, 0L) + v.getOrDefault(SupervisionIndicators.WITHIN_EXTENDED, 0L);
            }
        });
        List<Rate> rates = new ArrayList<>();
        sums.forEach((branch, s) -> rates.add(new Rate(directory.unitShortName(branch), s[0], s[1])));
        rates.sort(Comparator.comparing(Rate::unitName, Collator.getInstance(Texts.VIETNAMESE)));
        return rates;
    }

    /** The span the dashboard opens on: the shortest reporting period containing today, from its first day to today. */
    @Transactional(readOnly = true)
    public LocalDate rateSpanStart(LocalDate today) {
        return limits.periodsContaining(today).stream()
                .min(Comparator.comparingLong(p -> p.to().toEpochDay() - p.from().toEpochDay()))
                .map(ReportingPeriod::from).orElse(halfYearStart(today));
    }

    /** The first day of the half-year containing {@code day} (1 January or 1 July). */
    static LocalDate halfYearStart(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
    }

    private Recommendation answered(long id) {
        Recommendation r = get(id);
        activities.editable(r.getActivityId());
        if (r.getStatus() != RecommendationStatus.ANSWERED) {
            throw new UserFacingException("supervision.error.not-answered");
        }
        return r;
    }

    private void requireDrafting(Activity activity) {
        if (activity.getStatus() != ActivityStatus.IN_PROGRESS && activity.getStatus() != ActivityStatus.CONCLUDED) {
            throw new UserFacingException("supervision.error.recommend-when");
        }
    }

    private static String words(@Nullable String text) {
        String clean = TextPolicy.requireFilled(text, Recommendation.TEXT_MAX, true, "supervision.error.recommendation-text");
        return clean;
    }

    /** The deadline's and the home page's title of a recommendation: its letter and its words. */
    static String title(Activity activity, Recommendation r) {
        String t = "Kiến nghị " + activity.getLetterSymbol() + ": " + r.getText();
        return t.length() > 250 ? t.substring(0, 249) + "…" : t;
    }
}
