package vn.mttq.giamsat.organisation;

import java.nio.charset.StandardCharsets;
import vn.mttq.giamsat.base.errors.UserFacingException;

/** At least 8 characters with a letter and a digit: enough for an internal portal behind lock-out. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    /**
     * BCrypt reads at most 72 bytes, and Spring Security refuses longer input: a Vietnamese
     * passphrase reaches that at 24–72 letters (a letter with diacritics takes 2–3 bytes in UTF-8).
     */
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)) {
            throw new UserFacingException("account.error.weak-password", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new UserFacingException("account.error.password-too-long", MAX_BYTES);
        }
    }
}
