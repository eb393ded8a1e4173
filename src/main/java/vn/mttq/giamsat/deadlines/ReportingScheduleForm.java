package vn.mttq.giamsat.deadlines;

import vn.mttq.giamsat.base.ui.FieldLimits;

import vn.mttq.giamsat.base.ui.PortalBinding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import vn.mttq.giamsat.base.ui.EditForms;

/** Edit when a periodic report covers, when it is due and how early units are reminded. */
class ReportingScheduleForm extends Dialog {

    final TextField periodFrom = new TextField();
    final TextField periodTo = new TextField();
    final TextField due = new TextField();
    final IntegerField openDaysBefore = new IntegerField();
    final TextField titlePattern = new TextField();
    final TextArea source = new TextArea();
    final Button save = new Button();

    /** @param refresh reloads the page's rows (after a save, and after a refusal: they show what is stored) */
    ReportingScheduleForm(ReportingSchedule schedule, LegalTimeLimits limits, Runnable refresh) {
        setHeaderTitle(getTranslation("time-limits.schedule." + schedule.kind()));
        periodFrom.setLabel(getTranslation("time-limits.schedule.from"));
        periodTo.setLabel(getTranslation("time-limits.schedule.to"));
        due.setLabel(getTranslation("time-limits.schedule.due"));
        for (TextField day : new TextField[] {periodFrom, periodTo, due}) {
            day.setPlaceholder("dd/MM");
            day.setHelperText(getTranslation("time-limits.schedule.day-help"));
        }
        openDaysBefore.setLabel(getTranslation("time-limits.schedule.open-days"));
        openDaysBefore.setMin(1);
        openDaysBefore.setMax(LegalTimeLimits.MAX_OPEN_DAYS_BEFORE);
        titlePattern.setLabel(getTranslation("time-limits.schedule.title-pattern"));
        titlePattern.setHelperText(getTranslation("time-limits.schedule.title-pattern.help", "{0}"));
        source.setLabel(getTranslation("catalogue.source"));
        FieldLimits.limit(titlePattern, ReportingSchedule.TITLE_MAX);
        FieldLimits.limit(source, ReportingSchedule.SOURCE_MAX);

        Binder<ReportingSchedule> binder = new Binder<>(ReportingSchedule.class);
        String required = getTranslation("validation.required");
        String badDay = getTranslation("time-limits.error.month-day");
        binder.forField(periodFrom).asRequired(required).withConverter(new MonthDays(badDay))
                .bind(ReportingSchedule::periodFrom, ReportingSchedule::setPeriodFrom);
        binder.forField(periodTo).asRequired(required).withConverter(new MonthDays(badDay))
                .bind(ReportingSchedule::periodTo, ReportingSchedule::setPeriodTo);
        binder.forField(due).asRequired(required).withConverter(new MonthDays(badDay))
                .bind(ReportingSchedule::due, ReportingSchedule::setDue);
        binder.forField(openDaysBefore).asRequired(required)
                .bind(ReportingSchedule::openDaysBefore, ReportingSchedule::setOpenDaysBefore);
        PortalBinding.text(binder.forField(titlePattern).asRequired(required), ReportingSchedule.TITLE_MAX, false)
                .bind(ReportingSchedule::titlePattern, ReportingSchedule::setTitlePattern);
        PortalBinding.text(binder.forField(source).asRequired(required), ReportingSchedule.SOURCE_MAX, true)
                .bind(ReportingSchedule::source, ReportingSchedule::setSource);
        binder.readBean(schedule);

        FormLayout form = new FormLayout(periodFrom, periodTo, due, openDaysBefore, titlePattern, source);
        form.setColspan(titlePattern, 2);
        form.setColspan(source, 2);
        add(form);
        setWidth("44rem");
        save.setText(getTranslation("common.save"));
        save.addClickListener(e -> EditForms.save(this, binder, schedule, limits::saveSchedule, refresh));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
