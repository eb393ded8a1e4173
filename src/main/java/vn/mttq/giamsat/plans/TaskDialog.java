package vn.mttq.giamsat.plans;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import vn.mttq.giamsat.attachments.AttachmentService;
import vn.mttq.giamsat.attachments.AttachmentsPanel;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.UserMessages;

/**
 * One task: what it asks and by when; the carrying-out unit reports progress, attaches evidence
 * and marks it done; the issuer accepts it or returns it with a comment. Only what the person's
 * part allows is offered.
 */
class TaskDialog extends Dialog {

    final IntegerField progress = new IntegerField();
    final TextArea report = FieldLimits.limit(new TextArea(), PlanTask.TEXT_MAX);
    final TextArea comment = FieldLimits.limit(new TextArea(), PlanTask.TEXT_MAX);
    /** The task's version when this dialog read it: a save by someone else in between is a conflict, not an overwrite. */
    private Long seen;

    TaskDialog(TaskService tasks, PlanService plans, AttachmentService attachments, PlanTask task, Runnable refresh) {
        setHeaderTitle(task.getTitle());
        seen = task.getVersion();
        setWidth("48rem");
        boolean assignee = tasks.isAssignee(task) && (task.getStatus() == TaskStatus.OPEN || task.getStatus() == TaskStatus.RETURNED);
        boolean reviewer = tasks.isReviewer(task) && task.getStatus() == TaskStatus.SUBMITTED;
        add(new Paragraph(getTranslation("task.meta", plans.unitName(task.getLeadUnitId()), PortalFormats.date(task.getDueDate()),
                getTranslation("task.status." + task.getStatus().name()))));
        if (!task.getSupportingUnitIds().isEmpty()) {
            add(new Paragraph(getTranslation("task.supporting.list",
                    String.join(", ", task.getSupportingUnitIds().stream().map(plans::unitName).toList()))));
        }
        if (task.getStartDate() != null) {
            add(new Paragraph(getTranslation("task.start.on", PortalFormats.date(task.getStartDate()))));
        }
        if (!task.getExpectedOutput().isBlank()) {
            add(new Paragraph(getTranslation("task.expected", task.getExpectedOutput())));
        }
        if (task.getReviewComment() != null && task.getStatus() == TaskStatus.RETURNED) {
            Paragraph returned = new Paragraph(getTranslation("task.returned-because", task.getReviewComment()));
            returned.addClassName("task-returned");
            add(returned);
        }
        progress.setLabel(getTranslation("task.progress"));
        progress.setMin(0);
        progress.setMax(100);
        progress.setSuffixComponent(new Span("%"));
        progress.setValue(task.getProgress());
        progress.setReadOnly(!assignee);
        report.setLabel(getTranslation("task.report"));
        report.setValue(task.getReport());
        report.setReadOnly(!assignee);
        report.setWidthFull();
        FormLayout form = new FormLayout(progress, report);
        form.setColspan(report, 2);
        add(form);
        add(new AttachmentsPanel(attachments, TaskService.SOURCE_TYPE, String.valueOf(task.getId()), task.getLeadUnitId(), true, assignee));
        Button close = new Button(getTranslation("common.close"), e -> close());
        getFooter().add(close);
        if (assignee) {
            getFooter().add(action("task.action.save", false, () -> {
                seen = tasks.report(task.getId(), seen, progress.getValue() == null ? 0 : progress.getValue(), report.getValue()).getVersion();
                UserMessages.info(getTranslation("task.saved"));
            }, refresh), action("task.action.submit", true, () -> {
                seen = tasks.report(task.getId(), seen, progress.getValue() == null ? 0 : progress.getValue(), report.getValue()).getVersion();
                tasks.submit(task.getId());
                UserMessages.info(getTranslation("task.submitted"));
                close();
            }, refresh));
        }
        if (reviewer) {
            comment.setLabel(getTranslation("task.comment"));
            comment.setWidthFull();
            add(comment);
            getFooter().add(action("task.action.return", false, () -> {
                tasks.giveBack(task.getId(), comment.getValue());
                close();
            }, refresh), action("task.action.accept", true, () -> {
                tasks.accept(task.getId());
                close();
            }, refresh));
        }
    }

    private Button action(String key, boolean primary, Runnable run, Runnable refresh) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                run.run();
                refresh.run();
            } catch (UserFacingException refused) {
                UserMessages.show(refused);
            }
        });
        if (primary) {
            b.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return b;
    }
}
