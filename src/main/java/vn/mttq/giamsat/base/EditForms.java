package vn.mttq.giamsat.base;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.Consumer;

/** The save step every edit dialog shares. */
public final class EditForms {

    private EditForms() {
    }

    /**
     * Writes the form into the bean and stores it; then reloads the page's rows and closes. A
     * field error leaves the dialog open with the field's message. A refusal from the service
     * shows its message, keeps the dialog open with what was typed, and still reloads the rows:
     * the refused values were written into the row's object, and the grid must show what is stored.
     */
    public static <T> void save(Dialog dialog, Binder<T> binder, T bean, Consumer<T> store, Runnable refresh) {
        try {
            binder.writeBean(bean);
            store.accept(bean);
            refresh.run();
            dialog.close();
        } catch (ValidationException invalid) {
            // the fields show their messages
        } catch (UserFacingException refused) {
            refresh.run();
            UserMessages.show(refused);
        } catch (RuntimeException failed) {
            // the service's own check of the entity's constraints (JPA validates before writing)
            String violation = PortalErrorHandler.violationMessage(failed);
            if (violation == null) {
                throw failed;
            }
            refresh.run();
            UserMessages.error(violation);
        }
    }
}
