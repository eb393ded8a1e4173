package vn.mttq.giamsat.base.work;

import vn.mttq.giamsat.base.security.PortalUser;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's contribution to the home page "Việc của tôi": what this person, or their unit, has
 * to act on today. The home page asks every source and imports none of the features.
 */
public interface WorkSource {

    /** At most {@code limit} items for this person, most urgent first. */
    List<WorkItem> workFor(PortalUser user, LocalDate today, int limit);
}
