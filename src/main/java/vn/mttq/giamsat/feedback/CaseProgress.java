package vn.mttq.giamsat.feedback;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a case stands, as a line of its steps (issue 22): those passed, the current one, those
 * ahead. A case that left the usual path (outside the Front's competence, not accepted, merged)
 * shows the steps it took and then where it left.
 */
class CaseProgress extends OrderedList {

    static final List<CaseStatus> PATH = List.of(CaseStatus.RECEIVED, CaseStatus.CLASSIFIED, CaseStatus.ASSIGNED, CaseStatus.FORWARDED,
            CaseStatus.AWAITING_ANSWER, CaseStatus.ANSWERED, CaseStatus.TOLD, CaseStatus.CLOSED);

    CaseProgress(FeedbackCase c) {
        addClassName("case-progress");
        for (Step step : steps(c)) {
            ListItem item = new ListItem(new Span(getTranslation("feedback.status." + step.status().name())));
            item.addClassName("step-" + step.state());
            if (step.state().equals("current")) {
                item.getElement().setAttribute("aria-current", "step");
            }
            add(item);
        }
    }

    record Step(CaseStatus status, String state) {
    }

    /** The steps to show: "done", "current" or "ahead" on the usual path; a side exit ends the line as current. */
    static List<Step> steps(FeedbackCase c) {
        List<Step> out = new ArrayList<>();
        CaseStatus now = c.getStatus();
        if (now.isSideExit()) {
            out.add(new Step(CaseStatus.RECEIVED, "done"));
            if (!c.getClassification().isBlank()) {
                out.add(new Step(CaseStatus.CLASSIFIED, "done"));
            }
            if (c.getHandlerAccountId() != null) {
                out.add(new Step(CaseStatus.ASSIGNED, "done"));
            }
            out.add(new Step(now, "current"));
            return out;
        }
        int at = PATH.indexOf(now);
        for (int i = 0; i < PATH.size(); i++) {
            out.add(new Step(PATH.get(i), i < at || now == CaseStatus.CLOSED ? "done" : i == at ? "current" : "ahead"));
        }
        return out;
    }
}
