package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.List;

/**
 * The short dialog of one step on a record (issue 24: cases, sessions and supervision each wrote
 * their own): a title, the step's fields in one column, "Hủy" and the step itself as the one
 * primary button ({@code step-confirm}). A refusal says why in Vietnamese and keeps the dialog and
 * what was typed ({@link Guarded}); a step taken closes it. The first field has the focus, so the
 * keyboard alone takes a step: type, Tab to the button, Enter.
 */
public final class StepDialog {

    private StepDialog() {
    }

    /** Opens the dialog; {@code step} does the work (and reloads the page) and may refuse. */
    public static Dialog open(String title, List<? extends Component> fields, Runnable step) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setWidth("40rem");
        dialog.setMaxWidth("100%");
        FormLayout form = new FormLayout();
        fields.forEach(form::add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button ok = Guarded.button(title, true, () -> {
            step.run();
            dialog.close();
        });
        ok.setId("step-confirm");
        dialog.getFooter().add(new Button(dialog.getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
        fields.stream().filter(f -> f instanceof Focusable<?>).findFirst().ifPresent(f -> ((Focusable<?>) f).focus());
        return dialog;
    }
}
