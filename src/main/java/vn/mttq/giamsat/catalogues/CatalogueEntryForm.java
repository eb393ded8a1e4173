package vn.mttq.giamsat.catalogues;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import vn.mttq.giamsat.base.EditForms;

/** Edit one catalogue entry (administrators). */
class CatalogueEntryForm extends Dialog {

    /** @param refresh reloads the page's rows (after a save, and after a refusal: they show what is stored) */
    CatalogueEntryForm(CatalogueEntry entry, CatalogueService service, Runnable refresh) {
        setHeaderTitle(getTranslation(entry.getCatalogue().translationKey()));
        TextField code = new TextField(getTranslation("catalogue.code"));
        code.setMaxLength(CatalogueEntry.CODE_MAX);
        TextArea title = new TextArea(getTranslation("catalogue.title"));
        title.setMaxLength(CatalogueEntry.TITLE_MAX);
        TextField source = new TextField(getTranslation("catalogue.source"));
        IntegerField order = new IntegerField(getTranslation("unit.sort-order"));
        Checkbox active = new Checkbox(getTranslation("common.active"));

        BeanValidationBinder<CatalogueEntry> binder = new BeanValidationBinder<>(CatalogueEntry.class);
        binder.forField(code).asRequired(getTranslation("validation.required")).bind(CatalogueEntry::getCode, CatalogueEntry::setCode);
        binder.forField(title).asRequired(getTranslation("validation.required")).bind(CatalogueEntry::getTitle, CatalogueEntry::setTitle);
        binder.forField(source).withNullRepresentation("").bind(CatalogueEntry::getSource, CatalogueEntry::setSource);
        binder.forField(order).withConverter(v -> v == null ? 0 : v, v -> v).bind(CatalogueEntry::getSortOrder, CatalogueEntry::setSortOrder);
        binder.forField(active).bind(CatalogueEntry::isActive, CatalogueEntry::setActive);
        binder.readBean(entry);

        FormLayout form = new FormLayout(code, order, title, source, active);
        form.setColspan(title, 2);
        form.setColspan(source, 2);
        add(form);
        setWidth("40rem");
        Button save = new Button(getTranslation("common.save"), e -> EditForms.save(this, binder, entry, service::save, refresh));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
