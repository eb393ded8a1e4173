package vn.mttq.giamsat.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.ui.UserMessages;

/** An administrator sets a new password for someone, which also lifts a lock-out. */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(Account account, AccountService accounts, Runnable onDone) {
        setHeaderTitle(getTranslation("account.reset-password.title", account.getFullName()));
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES));
        password.setWidthFull();
        add(password);
        Button ok = new Button(getTranslation("account.reset-password"), e -> {
            try {
                accounts.resetPassword(account.getId(), password.getValue());
                Notification.show(getTranslation("account.reset-password.done")).addThemeVariants(NotificationVariant.SUCCESS);
                onDone.run();
                close();
            } catch (UserFacingException refused) {
                UserMessages.show(refused);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), ok);
    }
}
