package vn.mttq.giamsat.plans;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.ui.UserMessages;

/** Adds a task to a plan: what, which unit carries it out, by when, what it should produce. */
class TaskForm extends Dialog {

    final TextField title = FieldLimits.limit(new TextField(), PlanTask.TITLE_MAX);
    final ComboBox<Long> unit = new ComboBox<>();
    final PortalDatePicker due;
    final PortalDatePicker start;
    final MultiSelectComboBox<Long> supporting = new MultiSelectComboBox<>();
    final TextArea expected = FieldLimits.limit(new TextArea(), PlanTask.TEXT_MAX);
    final Select<Recurrence> recurrence = new Select<>();
    final PortalDatePicker until;
    final Button save = new Button();

    TaskForm(TaskService tasks, PlanService plans, Plan plan, Runnable refresh) {
        setHeaderTitle(getTranslation("task.add"));
        setWidth("40rem");
        title.setLabel(getTranslation("task.title"));
        title.setRequiredIndicatorVisible(true);
        unit.setLabel(getTranslation("task.unit"));
        Set<Long> units = new LinkedHashSet<>();
        plans.receipts(plan.getId()).forEach(r -> units.add(r.unitId()));
        units.addAll(plans.usualRecipients(plan.getIssuingUnitId()));
        unit.setItems(units);
        unit.setItemLabelGenerator(plans::unitShortName);
        unit.setRequiredIndicatorVisible(true);
        start = new PortalDatePicker(getTranslation("task.start"));
        supporting.setLabel(getTranslation("task.supporting"));
        supporting.setItems(units);
        supporting.setItemLabelGenerator(plans::unitShortName);
        due = new PortalDatePicker(getTranslation("task.due"));
        due.setRequiredIndicatorVisible(true);
        expected.setLabel(getTranslation("task.expected-output"));
        recurrence.setLabel(getTranslation("task.recurrence"));
        recurrence.setItems(Recurrence.values());
        recurrence.setItemLabelGenerator(r -> getTranslation("task.recurrence." + r.name()));
        recurrence.setValue(Recurrence.NONE);
        until = new PortalDatePicker(getTranslation("task.recurrence.until"));
        until.setVisible(false);
        recurrence.addValueChangeListener(e -> until.setVisible(e.getValue() != Recurrence.NONE));
        FormLayout form = new FormLayout(title, unit, supporting, start, due, recurrence, until, expected);
        form.setColspan(supporting, 2);
        form.setColspan(title, 2);
        form.setColspan(expected, 2);
        add(form);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            title.setInvalid(title.getValue().isBlank());
            title.setErrorMessage(getTranslation("validation.required"));
            unit.setInvalid(unit.getValue() == null);
            unit.setErrorMessage(getTranslation("validation.required"));
            due.setInvalid(due.getValue() == null);
            due.setErrorMessage(getTranslation("validation.required"));
            if (title.isInvalid() || unit.isInvalid() || due.isInvalid()) {
                return;
            }
            try {
                if (recurrence.getValue() == Recurrence.NONE) {
                    tasks.add(plan.getId(), title.getValue(), unit.getValue(), start.getValue(), due.getValue(),
                            List.copyOf(supporting.getValue()), expected.getValue());
                } else {
                    tasks.addRecurring(plan.getId(), title.getValue(), unit.getValue(), due.getValue(), recurrence.getValue(),
                            until.getValue(), expected.getValue());
                }
                refresh.run();
                close();
            } catch (UserFacingException refused) {
                UserMessages.show(refused); // what was typed stays in the form
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
