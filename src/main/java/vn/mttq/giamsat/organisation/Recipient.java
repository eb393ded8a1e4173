package vn.mttq.giamsat.organisation;

import org.jspecify.annotations.Nullable;

/** Someone to tell: an enabled account with its e-mail address when it has one. */
public record Recipient(long accountId, String fullName, @Nullable String email) {
}
