package vn.mttq.giamsat.organisation;

import java.util.List;

/** Someone asked for a new password: the administrators to tell, and who asked (published in the request's transaction). */
public record PasswordHelpRequested(List<Recipient> administrators, String username, String fullName, String unitName) {
}
