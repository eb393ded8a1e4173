package vn.mttq.giamsat.organisation;

import vn.mttq.giamsat.base.ui.FieldLimits;

import vn.mttq.giamsat.base.ui.PortalBinding;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import vn.mttq.giamsat.base.ui.EditForms;
import vn.mttq.giamsat.base.security.Role;

/** Create or edit an account: unit and role assignment; the first password only when creating. */
class AccountForm extends Dialog {

    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<Role> role = new ComboBox<>();
    final ComboBox<Unit> unit = new ComboBox<>();
    final PasswordField password = new PasswordField();
    final Button save = new Button();

    AccountForm(Account account, AccountService accounts, UnitService units, Runnable onSaved) {
        boolean isNew = account.getId() == null;
        setHeaderTitle(getTranslation(isNew ? "account.add" : "account.edit"));
        username.setLabel(getTranslation("account.username"));
        FieldLimits.limit(username, Account.USERNAME_MAX);
        username.setHelperText(getTranslation("account.username.help"));
        fullName.setLabel(getTranslation("account.full-name"));
        FieldLimits.limit(fullName, Account.NAME_MAX);
        email.setLabel(getTranslation("account.email"));
        FieldLimits.limit(email, Account.EMAIL_MAX);
        role.setLabel(getTranslation("account.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        unit.setLabel(getTranslation("account.unit"));
        unit.setItems(q -> units.search(q.getFilter().orElse(""), toSpringPageRequest(q)).stream());
        unit.setItemLabelGenerator(Unit::getName);
        password.setLabel(getTranslation("account.initial-password"));
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES));
        password.setVisible(isNew);

        BeanValidationBinder<Account> binder = new BeanValidationBinder<>(Account.class);
        binder.forField(username).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.strip().toLowerCase().matches("[a-z0-9_.-]{3,64}"), getTranslation("account.error.username-format"))
                .bind(Account::getUsername, Account::setUsername);
        PortalBinding.text(binder.forField(fullName).asRequired(getTranslation("validation.required")), Account.NAME_MAX, false)
                .bind(Account::getFullName, Account::setFullName);
        PortalBinding.email(binder.forField(email).withNullRepresentation(""), Account.EMAIL_MAX, getTranslation("validation.email"))
                .bind(Account::getEmail, Account::setEmail);
        binder.forField(role).asRequired(getTranslation("validation.required")).bind(Account::getRole, Account::setRole);
        binder.forField(unit).asRequired(getTranslation("validation.required")).bind(Account::getUnit, Account::setUnit);
        binder.readBean(account);

        add(new FormLayout(username, fullName, email, role, unit, password));
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> EditForms.save(this, binder, account,
                a -> {
                    if (isNew) {
                        accounts.create(a, password.getValue());
                    } else {
                        accounts.update(a);
                    }
                }, onSaved));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        addClassName("account-form");
    }
}
