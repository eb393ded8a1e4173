package vn.mttq.giamsat.supervision;

import java.util.Map;
import java.util.Set;

/**
 * The life of a supervision activity: planned → in progress → concluded → recommendations sent →
 * all answered → closed; planned or in progress may be cancelled with a reason; an activity that
 * concludes with nothing to recommend is closed directly.
 */
public enum ActivityStatus {
    PLANNED, IN_PROGRESS, CONCLUDED, RECOMMENDED, ANSWERED, CLOSED, CANCELLED;

    private static final Map<ActivityStatus, Set<ActivityStatus>> NEXT = Map.of(
            PLANNED, Set.of(IN_PROGRESS, CANCELLED),
            IN_PROGRESS, Set.of(CONCLUDED, CANCELLED),
            CONCLUDED, Set.of(RECOMMENDED, CLOSED),
            RECOMMENDED, Set.of(ANSWERED, CLOSED),
            ANSWERED, Set.of(CLOSED),
            CLOSED, Set.of(),
            CANCELLED, Set.of());

    public boolean mayBecome(ActivityStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether the activity's own record (subjects, delegation, sessions, findings) may still change. */
    public boolean isOpenForWork() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    /** The shared badge colours of docs/ux.md. */
    public String badgeClass() {
        return switch (this) {
            case PLANNED -> "state-draft";
            case IN_PROGRESS, CONCLUDED -> "state-progress";
            case RECOMMENDED -> "state-waiting";
            case ANSWERED, CLOSED -> "state-done";
            case CANCELLED -> "state-cancelled";
        };
    }
}
