package vn.mttq.giamsat.base.errors;

/**
 * A record page was asked for a record that does not exist or that the person may not see: one
 * answer for both, so trying ids tells nothing about which exist. Carries no stack trace (it is an
 * answer, not a fault).
 */
public class RecordUnavailable extends RuntimeException {

    public RecordUnavailable(String route, String id) {
        super(route + "/" + id, null, false, false);
    }
}
