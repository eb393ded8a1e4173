package vn.mttq.giamsat.supervision;

import java.util.List;

/**
 * Records of other features that are linked to a supervision activity (a people's case that led
 * to it or was attached to it), listed on the activity's page. Supervision knows only this
 * interface; the features that link to it implement it.
 */
public interface LinkedRecords {

    /** What the activity page lists: a translation key for the kind, a code, a title, a translation key for its state and a route. */
    record Linked(String kindKey, String code, String title, String stateKey, String route) {
    }

    /** The linked records the signed-in person may read. */
    List<Linked> linkedTo(long activityId);
}
