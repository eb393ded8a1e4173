package vn.mttq.giamsat.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.ui.UserMessages;

/** Every signed-in user changes their own password here (current password required). */
@Route("tai-khoan/mat-khau")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    ChangePasswordView(AccountService accounts) {
        addClassName("page");
        current.setLabel(getTranslation("password.current"));
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES));
        repeat.setLabel(getTranslation("password.repeat"));
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("password.error.mismatch"));
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), next.getValue());
            } catch (UserFacingException refused) {
                UserMessages.show(refused);
                return;
            }
            current.clear();
            next.clear();
            repeat.clear();
            repeat.setInvalid(false);
            Notification.show(getTranslation("password.changed")).addThemeVariants(NotificationVariant.SUCCESS);
        });
        setMaxWidth("28rem");
        add(current, next, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("header.change-password");
    }
}
