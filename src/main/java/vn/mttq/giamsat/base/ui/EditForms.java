package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.mttq.giamsat.base.errors.PortalErrorHandler;
import vn.mttq.giamsat.base.errors.UserFacingException;

/** The save step every edit dialog shares, and the row long forms lay their fields in. */
public final class EditForms {

    private EditForms() {
    }

    /** Fields side by side that share the row's width and wrap onto the next line below 12rem each (a phone). */
    public static HorizontalLayout row(Component... fields) {
        HorizontalLayout row = new HorizontalLayout(fields);
        row.setWidthFull();
        row.setWrap(true);
        for (Component f : fields) {
            ((HasSize) f).setMinWidth("12rem");
            row.setFlexGrow(1, f);
        }
        return row;
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

    /**
     * Makes fields read-only or editable again. A read-only field keeps no prompt: its helper text and
     * placeholder ("Chọn trong 27 biểu hiện…") are for someone who can choose, and come back when
     * the field is editable again (issue 22).
     */
    public static void readOnly(boolean readOnly, Component... fields) {
        for (Component f : fields) {
            if (f instanceof HasValue<?, ?> value) {
                value.setReadOnly(readOnly);
            }
            if (f instanceof HasHelper helper) {
                String kept = kept(f, "portal.helper", helper.getHelperText());
                helper.setHelperText(readOnly || kept.isEmpty() ? null : kept);
            }
            if (f instanceof HasPlaceholder prompt) {
                String kept = kept(f, "portal.placeholder", prompt.getPlaceholder());
                prompt.setPlaceholder(readOnly || kept.isEmpty() ? null : kept);
            }
        }
    }

    private static String kept(Component f, String key, @Nullable String current) {
        Object kept = ComponentUtil.getData(f, key);
        if (kept == null) {
            kept = current == null ? "" : current;
            ComponentUtil.setData(f, key, kept);
        }
        return (String) kept;
    }
}
