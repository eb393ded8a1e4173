package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.UI;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.mttq.giamsat.base.errors.UserFacingException;

/** Buttons whose action, if refused, says why in Vietnamese and leaves what was typed in place. */
public final class Guarded {

    private Guarded() {
    }

    public static Button button(String text, boolean primary, Runnable action) {
        Button b = new Button(text, e -> run(action));
        if (primary) {
            b.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return b;
    }

    /**
     * Asks before an action that cannot be taken back (the confirm button says what happens, with
     * "Hủy" beside it), then runs it guarded.
     */
    public static ConfirmDialog confirm(String title, String text, Runnable action) {
        return confirm(title, text, title, action);
    }

    /** The same with its own words on the confirm button. */
    public static ConfirmDialog confirm(String title, String text, String confirmText, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, confirmText, e -> run(action));
        dialog.setCancelable(true);
        dialog.setCancelText(UI.getCurrent().getTranslation("common.cancel"));
        dialog.open();
        return dialog;
    }

    /** The same for taking something out of use: the confirm button in the colour of danger. */
    public static ConfirmDialog confirmDestructive(String title, String text, String confirmText, Runnable action) {
        ConfirmDialog dialog = confirm(title, text, confirmText, action);
        dialog.setConfirmButtonTheme("error primary");
        return dialog;
    }

    public static void run(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException refused) {
            UserMessages.show(refused);
        } catch (OptimisticLockingFailureException conflict) {
            // someone saved first: say so, keep what this person typed on the page
            UserMessages.show(new UserFacingException("error.concurrent-edit"));
        }
    }
}
