package vn.mttq.giamsat.organisation;

import vn.mttq.giamsat.base.UserFacingException;

/** At least 8 characters with a letter and a digit: enough for an internal portal behind lock-out. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)) {
            throw new UserFacingException("account.error.weak-password", MIN_LENGTH);
        }
    }
}
