package vn.mttq.giamsat.supervision;

import vn.mttq.giamsat.base.ui.Guarded;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.text.PortalFormats;

/** Working sessions of the activity: day and time, place, attendees, notes; within the activity's period. */
class SessionsTab extends VerticalLayout {

    final Grid<WorkingSession> grid = new Grid<>();
    final PortalDatePicker day;
    final TimePicker time = new TimePicker();
    final TextField place = FieldLimits.limit(new TextField(), WorkingSession.PLACE_MAX);
    final TextArea attendees = FieldLimits.limit(new TextArea(), WorkingSession.TEXT_MAX);
    private final ActivityService activities;
    private final Activity activity;

    SessionsTab(ActivityService activities, Activity activity, boolean editable) {
        this.activities = activities;
        this.activity = activity;
        setPadding(false);
        day = new PortalDatePicker(getTranslation("supervision.session.day"));
        grid.addColumn(s -> PortalFormats.date(s.getHeldOn()) + (s.getStartsAt() == null ? "" : " " + s.getStartsAt()))
                .setHeader(getTranslation("supervision.session.day")).setAutoWidth(true);
        grid.addColumn(WorkingSession::getPlace).setHeader(getTranslation("supervision.session.place")).setFlexGrow(2);
        grid.addColumn(WorkingSession::getAttendees).setHeader(getTranslation("supervision.session.attendees")).setFlexGrow(3);
        if (editable) {
            grid.addComponentColumn(s -> {
                Button remove = Guarded.button(getTranslation("common.delete"), false, () -> {
                    activities.removeSession(activity.getId(), s.getId());
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                return remove;
            }).setAutoWidth(true);
            day.setMin(activity.getPeriodFrom());
            day.setMax(activity.getPeriodTo());
            day.setHelperText(getTranslation("supervision.session.within", PortalFormats.date(activity.getPeriodFrom()),
                    PortalFormats.date(activity.getPeriodTo())));
            time.setLabel(getTranslation("supervision.session.time"));
            time.setWidth("8rem");
            place.setLabel(getTranslation("supervision.session.place"));
            attendees.setLabel(getTranslation("supervision.session.attendees"));
            attendees.setWidth("24rem");
            Button add = Guarded.button(getTranslation("supervision.session.add"), true, () -> {
                if (day.getValue() == null) {
                    day.setErrorMessage(getTranslation("validation.required"));
                    day.setInvalid(true);
                    return;
                }
                activities.addSession(activity.getId(), day.getValue(), time.getValue(), place.getValue(), attendees.getValue(), "");
                place.clear();
                attendees.clear();
                refresh();
            });
            HorizontalLayout form = new HorizontalLayout(day, time, place, attendees, add);
            form.setWrap(true);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(form);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.CALENDAR, getTranslation("supervision.sessions.empty.title"),
                getTranslation("supervision.sessions.empty.text")));
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(activities.sessions(activity.getId()));
    }
}
