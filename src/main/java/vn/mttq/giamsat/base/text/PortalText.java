package vn.mttq.giamsat.base.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field under the portal's {@link TextPolicy}, with its maximum length: checked by the
 * forms' {@code BeanValidationBinder} (a Vietnamese message on the field) and again by JPA before
 * anything is written.
 */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PortalText.Validator.class)
public @interface PortalText {

    /** Characters (code points) at most. */
    int max();

    /** Long texts: newlines and tabs allowed. */
    boolean multiline() default false;

    String message() default "{text.error.invalid-character}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PortalText, String> {

        private int max;
        private boolean multiline;

        @Override
        public void initialize(PortalText annotation) {
            max = annotation.max();
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = TextPolicy.problem(value, max, multiline);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + problem + "}").addConstraintViolation();
            return false;
        }
    }
}
