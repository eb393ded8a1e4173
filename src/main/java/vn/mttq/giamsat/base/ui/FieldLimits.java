package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Gives a text field its length limit and Vietnamese messages for the browser's own checks, so a
 * value that breaks a limit says why on the field instead of turning red with no message. The
 * limit is the entity's constant, the same one its {@link PortalText} or {@code @Size} uses.
 */
public final class FieldLimits {

    private FieldLimits() {
    }

    public static TextField limit(TextField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextField.TextFieldI18n()
                .setMaxLengthErrorMessage(field.getTranslation("field.error.max-length", max))
                .setRequiredErrorMessage(field.getTranslation("validation.required"))
                .setPatternErrorMessage(field.getTranslation("field.error.pattern")));
        return field;
    }

    public static TextArea limit(TextArea field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(field.getTranslation("field.error.max-length", max))
                .setRequiredErrorMessage(field.getTranslation("validation.required"))
                .setPatternErrorMessage(field.getTranslation("field.error.pattern")));
        return field;
    }

    public static EmailField limit(EmailField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new EmailField.EmailFieldI18n()
                .setMaxLengthErrorMessage(field.getTranslation("field.error.max-length", max))
                .setRequiredErrorMessage(field.getTranslation("validation.required"))
                .setPatternErrorMessage(field.getTranslation("validation.email")));
        return field;
    }
}
