package vn.mttq.giamsat.deadlines;

import vn.mttq.giamsat.base.ui.FieldLimits;

import vn.mttq.giamsat.base.ui.PortalBinding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import vn.mttq.giamsat.base.ui.EditForms;

/** Edit the working days of one kind of item (administrators). */
class DeadlineRuleForm extends Dialog {

    final IntegerField standard = new IntegerField();
    final IntegerField maximum = new IntegerField();
    final TextArea source = new TextArea();
    final Button save = new Button();

    /** @param refresh reloads the page's rows (after a save, and after a refusal: they show what is stored) */
    DeadlineRuleForm(DeadlineRule rule, LegalTimeLimits limits, Runnable refresh) {
        setHeaderTitle(rule.getTitle());
        standard.setLabel(getTranslation("time-limits.rule.standard"));
        maximum.setLabel(getTranslation("time-limits.rule.maximum"));
        for (IntegerField days : new IntegerField[] {standard, maximum}) {
            days.setMin(1);
            days.setMax(LegalTimeLimits.MAX_WORKING_DAYS);
            days.setStepButtonsVisible(true);
        }
        source.setLabel(getTranslation("catalogue.source"));
        FieldLimits.limit(source, DeadlineRule.SOURCE_MAX);

        Binder<DeadlineRule> binder = new Binder<>(DeadlineRule.class);
        String required = getTranslation("validation.required");
        binder.forField(standard).asRequired(required).bind(DeadlineRule::getStandardWorkingDays, DeadlineRule::setStandardWorkingDays);
        binder.forField(maximum).asRequired(required).bind(DeadlineRule::getMaximumWorkingDays, DeadlineRule::setMaximumWorkingDays);
        PortalBinding.text(binder.forField(source).asRequired(required), DeadlineRule.SOURCE_MAX, true)
                .bind(DeadlineRule::getSource, DeadlineRule::setSource);
        binder.readBean(rule);

        FormLayout form = new FormLayout(standard, maximum, source);
        form.setColspan(source, 2);
        add(form);
        setWidth("40rem");
        save.setText(getTranslation("common.save"));
        save.addClickListener(e -> EditForms.save(this, binder, rule, limits::saveRule, refresh));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
