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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import vn.mttq.giamsat.base.ui.EditForms;

/** Create or edit a unit; the service checks scope, duplicates and cycles again. */
class UnitForm extends Dialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField shortName = new TextField();
    final TextField signerTitle = new TextField();
    final TextField signerName = new TextField();
    final ComboBox<UnitKind> kind = new ComboBox<>();
    final ComboBox<Unit> parent = new ComboBox<>();
    final IntegerField sortOrder = new IntegerField();
    final Button save = new Button();

    /** @param refresh reloads the page's rows (after a save, and after a refusal: they show what is stored) */
    UnitForm(Unit unit, UnitService units, Runnable refresh) {
        setHeaderTitle(getTranslation(unit.getId() == null ? "unit.add" : "unit.edit"));
        code.setLabel(getTranslation("unit.code"));
        FieldLimits.limit(code, Unit.CODE_MAX);
        code.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("unit.name"));
        FieldLimits.limit(name, Unit.NAME_MAX);
        shortName.setLabel(getTranslation("unit.short-name"));
        FieldLimits.limit(shortName, UnitShortNames.MAX);
        shortName.setHelperText(getTranslation("unit.short-name.help", unit.getShortName()));
        signerTitle.setLabel(getTranslation("unit.signer-title"));
        signerTitle.setHelperText(getTranslation("unit.signer-title.help"));
        FieldLimits.limit(signerTitle, Unit.SIGNER_MAX);
        signerName.setLabel(getTranslation("unit.signer-name"));
        signerName.setHelperText(getTranslation("unit.signer-name.help"));
        FieldLimits.limit(signerName, Unit.SIGNER_MAX);
        kind.setLabel(getTranslation("unit.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        parent.setLabel(getTranslation("unit.parent"));
        parent.setItems(q -> units.search(q.getFilter().orElse(""), toSpringPageRequest(q)).stream());
        parent.setItemLabelGenerator(Unit::getName);
        parent.setVisible(unit.getId() == null || unit.getParent() != null);
        sortOrder.setLabel(getTranslation("unit.sort-order"));

        BeanValidationBinder<Unit> binder = new BeanValidationBinder<>(Unit.class);
        PortalBinding.text(binder.forField(code).asRequired(getTranslation("validation.required")), Unit.CODE_MAX, false)
                .withValidator(v -> v.matches("[A-Za-z0-9_.-]+"), getTranslation("unit.error.code-format"))
                .bind(Unit::getCode, Unit::setCode);
        PortalBinding.text(binder.forField(name).asRequired(getTranslation("validation.required")), Unit.NAME_MAX, false)
                .bind(Unit::getName, Unit::setName);
        PortalBinding.text(binder.forField(shortName), UnitShortNames.MAX, false)
                .bind(u -> u.getWrittenShortName().equals(UnitShortNames.derive(u.getName(), u.getKind())) ? "" : u.getWrittenShortName(),
                        Unit::setWrittenShortName);
        PortalBinding.text(binder.forField(signerTitle), Unit.SIGNER_MAX, false)
                .bind(u -> u.getSignerTitle() == null ? "" : u.getSignerTitle(), Unit::setSignerTitle);
        PortalBinding.text(binder.forField(signerName), Unit.SIGNER_MAX, false)
                .bind(u -> u.getSignerName() == null ? "" : u.getSignerName(), Unit::setSignerName);
        binder.forField(kind).asRequired(getTranslation("validation.required")).bind(Unit::getKind, Unit::setKind);
        if (parent.isVisible()) {
            binder.forField(parent).asRequired(getTranslation("validation.required")).bind(Unit::getParent, Unit::setParent);
        }
        binder.forField(sortOrder).withConverter(v -> v == null ? 0 : v, v -> v).bind(Unit::getSortOrder, Unit::setSortOrder);
        binder.readBean(unit);

        FormLayout form = new FormLayout(code, name, shortName, kind, parent, sortOrder, signerTitle, signerName);
        form.setColspan(name, 2);
        add(form);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> EditForms.save(this, binder, unit, units::save, refresh));
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
        addClassName("unit-form");
    }
}
