package vn.mttq.giamsat.feedback;

import java.util.Map;
import java.util.Set;

/**
 * The steps of a case (docs/domain.md, item 6: receive → classify → handle or forward → monitor →
 * close): received → classified → assigned to a handler → forwarded to the competent body →
 * awaiting its answer (the body's receipt is known) → answered → the person told → closed. Side
 * exits: outside the Front's competence (forwarded elsewhere), rejected with a reason, merged
 * into another case.
 */
public enum CaseStatus {
    RECEIVED, CLASSIFIED, ASSIGNED, FORWARDED, AWAITING_ANSWER, ANSWERED, TOLD, CLOSED, OUTSIDE_COMPETENCE, REJECTED, MERGED;

    private static final Set<CaseStatus> SIDE_EXITS = Set.of(OUTSIDE_COMPETENCE, REJECTED, MERGED);

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.ofEntries(
            Map.entry(RECEIVED, Set.of(CLASSIFIED, OUTSIDE_COMPETENCE, REJECTED, MERGED)),
            Map.entry(CLASSIFIED, Set.of(ASSIGNED, OUTSIDE_COMPETENCE, REJECTED, MERGED)),
            Map.entry(ASSIGNED, Set.of(ASSIGNED, FORWARDED, OUTSIDE_COMPETENCE, REJECTED, MERGED)),
            Map.entry(FORWARDED, Set.of(AWAITING_ANSWER)),
            Map.entry(AWAITING_ANSWER, Set.of(ANSWERED)),
            Map.entry(ANSWERED, Set.of(TOLD)),
            Map.entry(TOLD, Set.of(CLOSED)),
            Map.entry(CLOSED, Set.of()),
            Map.entry(OUTSIDE_COMPETENCE, Set.of(CLOSED)),
            Map.entry(REJECTED, Set.of()),
            Map.entry(MERGED, Set.of()));

    public boolean mayBecome(CaseStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isFinished() {
        return this == CLOSED || this == REJECTED || this == MERGED;
    }

    public boolean isSideExit() {
        return SIDE_EXITS.contains(this);
    }

    public String badgeClass() {
        return switch (this) {
            case RECEIVED, CLASSIFIED -> "state-draft";
            case ASSIGNED, FORWARDED, ANSWERED -> "state-progress";
            case AWAITING_ANSWER -> "state-waiting";
            case TOLD, CLOSED -> "state-done";
            case OUTSIDE_COMPETENCE, REJECTED, MERGED -> "state-cancelled";
        };
    }
}
