package vn.mttq.giamsat.base.errors;

/**
 * A refusal the user can act on (duplicate code, wrong current password, ...). Carries a
 * translation key, never a ready-made sentence, so the UI shows it in the user's language.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
