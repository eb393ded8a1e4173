package vn.mttq.giamsat.feedback;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.Optional;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.ClientAddress;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.PortalMark;
import vn.mttq.giamsat.base.ui.PublicPages;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * The public receipt-code lookup: anyone with a code sees the state of that case and its dates,
 * and the answer once it has been told; nothing else. Wrong codes are limited per address.
 */
@Route(value = "tra-cuu", autoLayout = false)
@AnonymousAllowed
class LookupView extends VerticalLayout implements HasDynamicTitle {

    final TextField code = FieldLimits.limit(new TextField(), 20);
    final Button find = new Button();
    final Div result = new Div();
    private final CaseLookup lookup;
    private final ClientAddress address;

    LookupView(CaseLookup lookup, ClientAddress address, RecipientDirectory directory) {
        this.lookup = lookup;
        this.address = address;
        PublicPages.Header header = PublicPages.dress(this, getTranslation("feedback.lookup.title"));
        PortalMark mark = header.mark();
        H1 heading = header.title();
        Paragraph intro = new Paragraph(getTranslation("feedback.lookup.intro"));
        intro.addClassName("page-intro");
        code.setLabel(getTranslation("feedback.code"));
        code.setPlaceholder("XXXX-XXXX-XXXX");
        code.setId("lookup-code");
        code.setWidth("16rem");
        find.setText(getTranslation("feedback.lookup.find"));
        find.addThemeVariants(ButtonVariant.PRIMARY);
        find.addClickShortcut(Key.ENTER);
        find.addClickListener(e -> show());
        HorizontalLayout form = new HorizontalLayout(code, find);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.addClassName("lookup-result");
        result.setId("lookup-result");
        Paragraph front = new Paragraph(directory.unitName(directory.rootUnit())); // whose page this is
        front.addClassName("public-front");
        add(mark, front, heading, intro, form, result, new Anchor("login", getTranslation("feedback.lookup.staff")));
    }

    private void show() {
        result.removeAll();
        try {
            Optional<CaseLookup.Status> found = lookup.find(code.getValue(), address.current());
            if (found.isEmpty()) {
                result.add(new Paragraph(getTranslation("feedback.lookup.not-found")));
                return;
            }
            CaseLookup.Status s = found.get();
            result.add(card(s));
        } catch (UserFacingException refused) {
            result.add(new Paragraph(getTranslation(refused.messageKey(), refused.arguments())));
        }
    }

    /**
     * The case as a card (issue 22): its code and state on top, then its steps as a timeline, done
     * ones with their dates and the ones still ahead in grey, then the answer the person was told.
     */
    private Div card(CaseLookup.Status s) {
        Div card = new Div();
        card.addClassName("lookup-card");
        H3 code = new H3(getTranslation("feedback.lookup.state", s.receiptCode()));
        HorizontalLayout top = new HorizontalLayout(code, CaseBadges.state(this, s.status()));
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.addClassName("lookup-card-top");
        OrderedList steps = new OrderedList();
        steps.addClassName("lookup-timeline");
        step(steps, "feedback.received-on", s.receivedOn());
        step(steps, "feedback.lookup.forwarded", s.forwardedOn());
        step(steps, "feedback.lookup.answered", s.answeredOn());
        step(steps, "feedback.lookup.told", s.toldOn());
        step(steps, "feedback.lookup.closed", s.closedOn());
        card.add(top, steps);
        if (s.answer() != null) {
            Div answer = new Div(new Span(getTranslation("feedback.answer")), new Paragraph(s.answer()));
            answer.addClassName("lookup-answer");
            card.add(answer);
        }
        return card;
    }

    private void step(OrderedList steps, String key, LocalDate day) {
        ListItem item = new ListItem(new Span(getTranslation(key)),
                new Span(day == null ? getTranslation("feedback.lookup.not-yet") : PortalFormats.date(day)));
        item.addClassName(day == null ? "step-ahead" : "step-done");
        steps.add(item);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.lookup.title");
    }
}
