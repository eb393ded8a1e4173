package vn.mttq.giamsat.supervision;

import vn.mttq.giamsat.base.ui.Guarded;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.ui.UserMessages;
import vn.mttq.giamsat.calendar.WorkingCalendar;

/**
 * One recommendation: what was recommended, the deadline, the answer and the follow-up; and the
 * next step the state allows (record the answer, extend for a complex case, urge, note the
 * follow-up, mark done). A refused step keeps what was typed.
 */
class RecommendationDialog extends Dialog {

    final PortalDatePicker answeredOn;
    final TextField answerSymbol = FieldLimits.limit(new TextField(), Recommendation.SYMBOL_MAX);
    final TextArea summary = FieldLimits.limit(new TextArea(), Recommendation.TEXT_MAX);
    final Select<Outcome> outcome = new Select<>();
    final TextArea note = FieldLimits.limit(new TextArea(), 1000);
    private final RecommendationService recommendations;
    private final long id;
    private final Runnable changed;

    RecommendationDialog(RecommendationService recommendations, WorkingCalendar calendar, CurrentUser currentUser, Recommendation r,
                         boolean editor, Runnable changed) {
        this.recommendations = recommendations;
        this.id = r.getId();
        this.changed = changed;
        setHeaderTitle(getTranslation("recommendation.dialog.title"));
        setWidth("44rem");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(r.getText()));
        HorizontalLayout state = new HorizontalLayout(Badges.of(this, r.getStatus()), RecommendationsTab.deadline(this, calendar, r));
        body.add(state);
        if (r.getReceivedOn() != null) {
            body.add(line("recommendation.received", PortalFormats.date(r.getReceivedOn())
                    + (r.isComplexCase() ? " · " + getTranslation("recommendation.complex") : "")));
        }
        if (r.getAnsweredOn() != null) {
            body.add(line("recommendation.answer", getTranslation("recommendation.answer.line", PortalFormats.date(r.getAnsweredOn()),
                    r.getAnswerSymbol(), getTranslation("recommendation.outcome." + r.getOutcome().name()))));
            body.add(new Paragraph(r.getAnswerSummary()));
        }
        if (!r.getFollowUp().isBlank()) {
            body.add(line("recommendation.follow-up", ""));
            Div lines = new Div();
            lines.addClassName("follow-up-lines");
            lines.setText(r.getFollowUp());
            body.add(lines);
        }
        if (r.getCloseNote() != null) {
            body.add(line("recommendation.closed", PortalFormats.date(r.getClosedOn()) + " · " + r.getCloseNote()));
        }
        answeredOn = new PortalDatePicker(getTranslation("recommendation.answered-on"));
        answeredOn.setValue(LocalDate.now(PortalFormats.VIETNAM));
        answerSymbol.setLabel(getTranslation("recommendation.answer-symbol"));
        answerSymbol.setId("answer-symbol");
        summary.setId("answer-summary");
        summary.setLabel(getTranslation("recommendation.answer-summary"));
        summary.setWidthFull();
        outcome.setLabel(getTranslation("recommendation.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("recommendation.outcome." + o.name()));
        outcome.setValue(Outcome.ACCEPTED);
        note.setLabel(getTranslation("recommendation.note"));
        note.setWidthFull();
        add(body);
        boolean committee = currentUser.get().map(u -> u.role() == Role.ADMIN || u.role() == Role.LEADER || u.role() == Role.DISTRICT_STAFF)
                .orElse(false);
        boolean extender = currentUser.get().map(u -> u.role() == Role.ADMIN || u.role() == Role.LEADER || u.role() == Role.DEPARTMENT_STAFF)
                .orElse(false);
        Button close = new Button(getTranslation("common.close"), e -> close());
        getFooter().add(close);
        // the Standing Committee's leader urges any awaited answer in the province, not only the activity's own unit (issue 22)
        boolean leader = currentUser.get().map(u -> u.role() == Role.LEADER).orElse(false);
        if ((editor || leader) && r.getStatus() == RecommendationStatus.AWAITING_ANSWER) {
            if (editor) {
                FormLayout answer = new FormLayout(answeredOn, answerSymbol, outcome, summary);
                answer.setColspan(summary, 2);
                body.add(answer);
            }
            body.add(note);
            getFooter().add(Guarded.button(getTranslation("recommendation.action.urge"), false, () -> {
                recommendations.urge(id, note.getValue());
                UserMessages.info(getTranslation("recommendation.urged"));
                done();
            }));
            if (extender && !r.isComplexCase()) {
                getFooter().add(Guarded.button(getTranslation("recommendation.action.extend"), false, () -> {
                    recommendations.extend(id, note.getValue());
                    done();
                }));
            }
            getFooter().add(Guarded.button(getTranslation("recommendation.action.answer"), true, () -> {
                if (answeredOn.getValue() == null) {
                    throw new UserFacingException("validation.required");
                }
                recommendations.answer(id, answeredOn.getValue(), answerSymbol.getValue(), summary.getValue(), outcome.getValue());
                done();
            }));
            note.setHelperText(getTranslation("recommendation.note.help"));
        }
        if (editor && committee && r.getStatus().isOpen()) {
            if (r.getStatus() == RecommendationStatus.AWAITING_RECEIPT) {
                body.add(note);
            }
            getFooter().add(Guarded.button(getTranslation("recommendation.action.close"), false, () -> {
                recommendations.close(id, note.getValue());
                done();
            }));
        }
        if (editor && r.getStatus() == RecommendationStatus.ANSWERED) {
            body.add(note);
            getFooter().add(Guarded.button(getTranslation("recommendation.action.follow-up"), false, () -> {
                recommendations.followUp(id, note.getValue());
                done();
            }), Guarded.button(getTranslation("recommendation.action.done"), true, () -> {
                recommendations.done(id, note.getValue());
                done();
            }));
        }
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph p = new Paragraph();
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("field-label");
        p.add(label, new Span(value));
        return p;
    }

    private void done() {
        close();
        changed.run();
    }
}
