package vn.mttq.giamsat.supervision;

import vn.mttq.giamsat.base.ui.Guarded;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.FieldLimits;

/** The persons and bodies an activity supervises; added and removed while the activity is open. */
class SubjectsTab extends VerticalLayout {

    final Grid<Subject> grid = new Grid<>();
    final Select<Subject.Kind> kind = new Select<>();
    final TextField name = FieldLimits.limit(new TextField(), Subject.NAME_MAX);
    final TextField position = FieldLimits.limit(new TextField(), Subject.NAME_MAX);
    final TextField organisation = FieldLimits.limit(new TextField(), Subject.ORGANISATION_MAX);
    final Select<SubjectCategory> category = new Select<>();
    private final ActivityService activities;
    private final Activity activity;

    SubjectsTab(ActivityService activities, Activity activity, boolean editable) {
        this.activities = activities;
        this.activity = activity;
        setPadding(false);
        grid.addColumn(Subject::getName).setHeader(getTranslation("supervision.subject.name")).setFlexGrow(2);
        grid.addColumn(Subject::getPosition).setHeader(getTranslation("supervision.subject.position")).setFlexGrow(2);
        grid.addColumn(Subject::getOrganisation).setHeader(getTranslation("supervision.subject.organisation")).setFlexGrow(2);
        grid.addColumn(s -> s.getCategory() == null ? getTranslation("supervision.subject.body")
                : getTranslation("supervision.category." + s.getCategory().name())).setHeader(getTranslation("supervision.category"))
                .setAutoWidth(true);
        if (editable) {
            grid.addComponentColumn(s -> {
                Button remove = Guarded.button(getTranslation("common.delete"), false, () -> {
                    activities.removeSubject(activity.getId(), s.getId());
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                return remove;
            }).setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.USER, getTranslation("supervision.subjects.empty.title"),
                getTranslation("supervision.subjects.empty.text")));
        if (editable) {
            kind.setLabel(getTranslation("supervision.subject.kind"));
            kind.setItems(Subject.Kind.values());
            kind.setItemLabelGenerator(k -> getTranslation("supervision.subject.kind." + k.name()));
            kind.setValue(Subject.Kind.PERSON);
            kind.addValueChangeListener(e -> {
                category.setEnabled(e.getValue() == Subject.Kind.PERSON);
                position.setEnabled(e.getValue() == Subject.Kind.PERSON);
            });
            name.setLabel(getTranslation("supervision.subject.name"));
            name.setId("subject-name");
            position.setId("subject-position");
            organisation.setId("subject-organisation");
            category.setId("subject-category");
            position.setLabel(getTranslation("supervision.subject.position"));
            organisation.setLabel(getTranslation("supervision.subject.organisation"));
            category.setLabel(getTranslation("supervision.category"));
            category.setItems(SubjectCategory.values());
            category.setItemLabelGenerator(c -> getTranslation("supervision.category." + c.name()));
            Button add = Guarded.button(getTranslation("supervision.subject.add"), true, this::add);
            HorizontalLayout form = new HorizontalLayout(kind, name, position, organisation, category, add);
            form.setWrap(true);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(form);
        }
        add(grid);
        refresh();
    }

    private void add() {
        if (name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation("validation.required"));
            name.setInvalid(true);
            return;
        }
        activities.addSubject(activity.getId(), new ActivityService.SubjectInput(kind.getValue(), name.getValue(), position.getValue(),
                organisation.getValue(), kind.getValue() == Subject.Kind.PERSON ? category.getValue() : null));
        name.clear();
        position.clear();
        name.setInvalid(false);
        refresh();
        name.focus();
    }

    private void refresh() {
        grid.setItems(activities.subjects(activity.getId()));
    }
}
