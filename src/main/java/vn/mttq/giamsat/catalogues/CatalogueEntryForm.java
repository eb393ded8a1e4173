package vn.mttq.giamsat.catalogues;

import vn.mttq.giamsat.base.ui.FieldLimits;

import vn.mttq.giamsat.base.ui.PortalBinding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import vn.mttq.giamsat.base.ui.EditForms;

/** Edit one catalogue entry (administrators). */
class CatalogueEntryForm extends Dialog {

    final TextField code;
    final TextArea title;
    final TextField source;
    final TextArea officialText;
    final Button save;

    /** @param refresh reloads the page's rows (after a save, and after a refusal: they show what is stored) */
    CatalogueEntryForm(CatalogueEntry entry, CatalogueService service, Runnable refresh) {
        setHeaderTitle(getTranslation(entry.getCatalogue().translationKey()));
        code = new TextField(getTranslation("catalogue.code"));
        FieldLimits.limit(code, CatalogueEntry.CODE_MAX);
        title = new TextArea(getTranslation("catalogue.title"));
        FieldLimits.limit(title, CatalogueEntry.TITLE_MAX);
        source = FieldLimits.limit(new TextField(getTranslation("catalogue.source")), CatalogueEntry.SOURCE_MAX);
        officialText = FieldLimits.limit(new TextArea(getTranslation("catalogue.official-text")), CatalogueEntry.OFFICIAL_TEXT_MAX);
        officialText.setHelperText(getTranslation("catalogue.official-text.help"));
        IntegerField order = new IntegerField(getTranslation("unit.sort-order"));
        Checkbox active = new Checkbox(getTranslation("common.active"));

        BeanValidationBinder<CatalogueEntry> binder = new BeanValidationBinder<>(CatalogueEntry.class);
        PortalBinding.text(binder.forField(code).asRequired(getTranslation("validation.required")), CatalogueEntry.CODE_MAX, false)
                .bind(CatalogueEntry::getCode, CatalogueEntry::setCode);
        PortalBinding.text(binder.forField(title).asRequired(getTranslation("validation.required")), CatalogueEntry.TITLE_MAX, true)
                .bind(CatalogueEntry::getTitle, CatalogueEntry::setTitle);
        PortalBinding.text(binder.forField(source).withNullRepresentation(""), CatalogueEntry.SOURCE_MAX, false)
                .withConverter(v -> v == null || v.isEmpty() ? null : v, v -> v)
                .bind(CatalogueEntry::getSource, CatalogueEntry::setSource);
        PortalBinding.text(binder.forField(officialText).withNullRepresentation(""), CatalogueEntry.OFFICIAL_TEXT_MAX, true)
                .withConverter(v -> v == null || v.isEmpty() ? null : v, v -> v)
                .bind(CatalogueEntry::getOfficialText, CatalogueEntry::setOfficialText);
        binder.forField(order).withConverter(v -> v == null ? 0 : v, v -> v).bind(CatalogueEntry::getSortOrder, CatalogueEntry::setSortOrder);
        binder.forField(active).bind(CatalogueEntry::isActive, CatalogueEntry::setActive);
        binder.readBean(entry);

        FormLayout form = new FormLayout(code, order, title, officialText, source, active);
        form.setColspan(title, 2);
        form.setColspan(officialText, 2);
        form.setColspan(source, 2);
        add(form);
        setWidth("40rem");
        save = new Button(getTranslation("common.save"), e -> EditForms.save(this, binder, entry, service::save, refresh));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
