package vn.mttq.giamsat.base.ui;

import vn.mttq.giamsat.base.text.TextPolicy;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.EmailValidator;

/**
 * How a form binds text under the portal's {@link TextPolicy}: what was typed is normalised (NFC,
 * trimmed) and checked with a Vietnamese message on the field, before the service checks again.
 */
public final class PortalBinding {

    private PortalBinding() {
    }

    public static <B> Binder.BindingBuilder<B, String> text(Binder.BindingBuilder<B, String> binding, int max, boolean multiline) {
        return binding.withConverter(TextPolicy::normalise, value -> value)
                .withValidator((value, context) -> {
                    String problem = TextPolicy.problem(value, max, multiline);
                    return problem == null ? ValidationResult.ok()
                            : ValidationResult.error(context.getComponent().map(c -> c.getTranslation(problem, max)).orElse(problem));
                });
    }

    /** An optional e-mail address: empty, or a valid address within the limit. */
    public static <B> Binder.BindingBuilder<B, String> email(Binder.BindingBuilder<B, String> binding, int max, String message) {
        return text(binding, max, false).withValidator(new EmailValidator(message, true));
    }
}
