package vn.mttq.giamsat.supervision;

import vn.mttq.giamsat.base.ui.Guarded;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.FieldLimits;

/** What the supervision found, per subject and content point; recorded while the activity is in progress. */
class FindingsTab extends VerticalLayout {

    final Grid<Finding> grid = new Grid<>();
    final ComboBox<Subject> subject = new ComboBox<>();
    final ComboBox<ContentPoint> point = new ComboBox<>();
    final TextArea text = FieldLimits.limit(new TextArea(), Finding.TEXT_MAX);
    private final ActivityService activities;
    private final Activity activity;

    FindingsTab(ActivityService activities, Activity activity, Map<ContentPoint, String> pointLabels, boolean editable) {
        this.activities = activities;
        this.activity = activity;
        setPadding(false);
        Map<Long, Subject> subjects = activities.subjects(activity.getId()).stream().collect(Collectors.toMap(Subject::getId, Function.identity()));
        grid.addColumn(f -> f.getSubjectId() == null || !subjects.containsKey(f.getSubjectId()) ? ""
                : subjects.get(f.getSubjectId()).getName()).setHeader(getTranslation("supervision.finding.subject")).setAutoWidth(true);
        grid.addColumn(f -> f.getPoint() == null ? "" : pointLabels.getOrDefault(f.getPoint(), f.getPoint().getCode()))
                .setHeader(getTranslation("supervision.finding.point")).setFlexGrow(2);
        grid.addColumn(Finding::getText).setHeader(getTranslation("supervision.finding.text")).setFlexGrow(3);
        if (editable) {
            grid.addComponentColumn(f -> {
                Button remove = Guarded.button(getTranslation("common.delete"), false, () -> {
                    activities.removeFinding(activity.getId(), f.getId());
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                return remove;
            }).setAutoWidth(true);
            subject.setLabel(getTranslation("supervision.finding.subject"));
            subject.setItems(subjects.values());
            subject.setItemLabelGenerator(Subject::label);
            subject.setClearButtonVisible(true);
            point.setLabel(getTranslation("supervision.finding.point"));
            point.setItems(activity.getContentPoints().isEmpty() ? pointLabels.keySet() : activity.getContentPoints());
            point.setItemLabelGenerator(p -> pointLabels.getOrDefault(p, p.getCode()));
            point.setClearButtonVisible(true);
            point.setWidth("22rem");
            text.setLabel(getTranslation("supervision.finding.text"));
            text.setId("finding-text");
            text.setWidth("28rem");
            Button add = Guarded.button(getTranslation("supervision.finding.add"), true, () -> {
                activities.addFinding(activity.getId(), subject.getValue() == null ? null : subject.getValue().getId(), point.getValue(),
                        text.getValue());
                text.clear();
                refresh();
            });
            HorizontalLayout form = new HorizontalLayout(subject, point, text, add);
            form.setWrap(true);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(form);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.EYE, getTranslation("supervision.findings.empty.title"),
                getTranslation("supervision.findings.empty.text")));
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(activities.findings(activity.getId()));
    }
}
