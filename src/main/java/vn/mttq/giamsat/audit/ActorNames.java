package vn.mttq.giamsat.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Who an audit entry's actor is, by full name ("Đỗ Khắc Huấn", not "dcpl"). The audit trail keeps
 * sign-in names (they outlive renamed people); the organisation module, which knows the accounts,
 * answers the names. Actors that are not accounts (jobs, the public page) keep their stored name.
 */
public interface ActorNames {

    /** Full names of the given sign-in names; names without an account are left out. */
    Map<String, String> fullNames(Collection<String> usernames);
}
