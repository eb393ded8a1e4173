package vn.mttq.giamsat.base.security;

import org.jspecify.annotations.Nullable;

/**
 * A line a feature adds at the foot of the sign-in page, e.g. that issued documents are signed with
 * demo keys (issue 26). base knows no feature; features implement this.
 */
public interface SignInNote {

    /** The line's translation key, or null when there is nothing to say. */
    @Nullable String translationKey();
}
