package vn.mttq.giamsat.supervision;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.deadlines.DeadlineBadge;

/**
 * The recommendations of an activity: drafted with the findings, sent in one letter, then each
 * with its deadline in working days, answer and follow-up. A row opens its dialog.
 */
class RecommendationsTab extends VerticalLayout {

    final Grid<Recommendation> grid = new Grid<>();
    final ComboBox<Subject> subject = new ComboBox<>();
    final TextArea text = FieldLimits.limit(new TextArea(), Recommendation.TEXT_MAX);

    RecommendationsTab(ActivityService activities, RecommendationService recommendations, WorkingCalendar calendar,
                       CurrentUser currentUser, Activity activity, boolean editor, Runnable changed) {
        setPadding(false);
        Map<Long, Subject> subjects = activities.subjects(activity.getId()).stream().collect(Collectors.toMap(Subject::getId, Function.identity()));
        Paragraph letter = new Paragraph(activity.getLetterSymbol() == null ? getTranslation("supervision.letter.none")
                : getTranslation("supervision.letter.sent", activity.getLetterSymbol(), PortalFormats.date(activity.getLetterIssuedOn()),
                activity.getAddressee(), activity.getLetterReceivedOn() == null ? getTranslation("supervision.letter.not-received")
                        : getTranslation("supervision.letter.received", PortalFormats.date(activity.getLetterReceivedOn()))));
        letter.addClassName("letter-line");
        add(letter);
        grid.addColumn(r -> r.getSubjectId() == null || !subjects.containsKey(r.getSubjectId()) ? ""
                : subjects.get(r.getSubjectId()).getName()).setHeader(getTranslation("supervision.finding.subject")).setAutoWidth(true);
        grid.addColumn(Recommendation::getText).setHeader(getTranslation("recommendation.text")).setFlexGrow(3);
        grid.addComponentColumn(r -> Badges.of(this, r.getStatus())).setHeader(getTranslation("recommendation.status")).setAutoWidth(true);
        grid.addComponentColumn(r -> deadline(this, calendar, r)).setHeader(getTranslation("recommendation.due")).setAutoWidth(true);
        grid.addColumn(r -> r.getOutcome() == null ? "" : getTranslation("recommendation.outcome." + r.getOutcome().name()))
                .setHeader(getTranslation("recommendation.outcome")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.ENVELOPE_OPEN, getTranslation("supervision.recommendations.empty.title"),
                getTranslation("supervision.recommendations.empty.text")));
        Runnable refresh = () -> grid.setItems(recommendations.ofActivity(activity.getId()));
        grid.addItemClickListener(e -> new RecommendationDialog(recommendations, calendar, currentUser,
                recommendations.get(e.getItem().getId()), editor, () -> {
                    refresh.run();
                    changed.run();
                }).open());
        boolean drafting = editor && activity.getLetterSymbol() == null
                && (activity.getStatus() == ActivityStatus.IN_PROGRESS || activity.getStatus() == ActivityStatus.CONCLUDED);
        if (drafting) {
            subject.setLabel(getTranslation("supervision.finding.subject"));
            subject.setItems(subjects.values());
            subject.setItemLabelGenerator(Subject::label);
            subject.setClearButtonVisible(true);
            text.setLabel(getTranslation("recommendation.text"));
            text.setId("recommendation-text");
            text.setWidth("32rem");
            Button add = Guarded.button(getTranslation("recommendation.add"), true, () -> {
                recommendations.add(activity.getId(), subject.getValue() == null ? null : subject.getValue().getId(), text.getValue());
                text.clear();
                refresh.run();
                changed.run();
            });
            HorizontalLayout form = new HorizontalLayout(subject, text, add);
            form.setWrap(true);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(form);
            grid.addComponentColumn(r -> {
                Button remove = Guarded.button(getTranslation("common.delete"), false, () -> {
                    recommendations.remove(r.getId());
                    refresh.run();
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                return remove;
            }).setAutoWidth(true);
        }
        add(grid);
        refresh.run();
    }

    /** "dd/MM/yyyy · còn 3 ngày làm việc", or why there is no deadline yet. */
    static Span deadline(Component owner, WorkingCalendar calendar, Recommendation r) {
        Span s = new Span();
        s.addClassName("state-badge");
        if (r.getStatus() == RecommendationStatus.AWAITING_RECEIPT) {
            s.setText(owner.getTranslation("recommendation.no-deadline"));
            s.addClassName("state-draft");
        } else if (r.getDueDate() == null) {
            s.setText("");
        } else if (r.getStatus() != RecommendationStatus.AWAITING_ANSWER) {
            s.setText(PortalFormats.date(r.getDueDate()) + (r.getAnsweredOn() == null ? ""
                    : " · " + owner.getTranslation(r.answeredOnTime() ? "recommendation.on-time" : "recommendation.late")));
            s.addClassName(r.getAnsweredOn() == null || r.answeredOnTime() ? "state-done" : "state-overdue");
        } else {
            return DeadlineBadge.running(owner, calendar, r.getDueDate(), true);
        }
        return s;
    }
}
