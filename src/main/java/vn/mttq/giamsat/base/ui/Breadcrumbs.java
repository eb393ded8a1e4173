package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.List;

/**
 * Where a page lies below a list or a drill-down ("Tỉnh › Huyện Lương Sơn"): every step but the
 * last can be clicked to go back there. Labels are plain text, never markup.
 */
public class Breadcrumbs extends Nav {

    public record Step(String label, Runnable open) {
    }

    public Breadcrumbs() {
        addClassName("breadcrumbs");
        getElement().setAttribute("aria-label", getTranslation("breadcrumbs.label"));
    }

    private String current = "";

    /** The last step's label: where the person is now. */
    public String currentLabel() {
        return current;
    }

    public void show(List<Step> steps) {
        removeAll();
        current = steps.isEmpty() ? "" : steps.getLast().label();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (i > 0) {
                Span separator = new Span("›");
                separator.addClassName("breadcrumb-separator");
                separator.getElement().setAttribute("aria-hidden", "true");
                add(separator);
            }
            if (i == steps.size() - 1) {
                Span current = new Span(step.label());
                current.addClassName("breadcrumb-current");
                current.getElement().setAttribute("aria-current", "page");
                add(current);
            } else {
                Button link = new Button(step.label(), e -> step.open().run());
                link.addThemeVariants(ButtonVariant.TERTIARY);
                link.addClassName("breadcrumb-link");
                add(link);
            }
        }
    }
}
