package vn.mttq.giamsat.feedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import vn.mttq.giamsat.base.ClientAddress;
import vn.mttq.giamsat.base.FieldLimits;
import vn.mttq.giamsat.base.PortalFormats;
import vn.mttq.giamsat.base.PortalMark;
import vn.mttq.giamsat.base.UserFacingException;

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

    LookupView(CaseLookup lookup, ClientAddress address) {
        this.lookup = lookup;
        this.address = address;
        addClassNames("public-page", "login-page");
        setAlignItems(FlexComponent.Alignment.CENTER);
        PortalMark mark = new PortalMark();
        mark.addClassName("login-mark");
        H1 heading = new H1(getTranslation("feedback.lookup.title"));
        heading.addClassName("login-title");
        Paragraph intro = new Paragraph(getTranslation("feedback.lookup.intro"));
        intro.addClassName("page-intro");
        code.setLabel(getTranslation("feedback.code"));
        code.setPlaceholder("XXXX-XXXX-XXXX");
        code.setId("lookup-code");
        code.setWidth("16rem");
        find.setText(getTranslation("feedback.lookup.find"));
        find.addThemeVariants(ButtonVariant.PRIMARY);
        find.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        find.addClickListener(e -> show());
        HorizontalLayout form = new HorizontalLayout(code, find);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.addClassName("lookup-result");
        result.setId("lookup-result");
        add(mark, heading, intro, form, result, new Anchor("login", getTranslation("feedback.lookup.staff")));
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
            result.add(new Paragraph(getTranslation("feedback.lookup.state", s.receiptCode())), CaseBadges.state(this, s.status()));
            row("feedback.received-on", s.receivedOn());
            row("feedback.lookup.forwarded", s.forwardedOn());
            row("feedback.lookup.answered", s.answeredOn());
            row("feedback.lookup.told", s.toldOn());
            row("feedback.lookup.closed", s.closedOn());
            if (s.answer() != null) {
                result.add(new Paragraph(getTranslation("feedback.answer") + ": " + s.answer()));
            }
        } catch (UserFacingException refused) {
            result.add(new Paragraph(getTranslation(refused.messageKey(), refused.arguments())));
        }
    }

    private void row(String key, LocalDate day) {
        if (day != null) {
            Paragraph p = new Paragraph();
            Span label = new Span(getTranslation(key) + ": ");
            label.addClassName("field-label");
            p.add(label, new Span(PortalFormats.date(day)));
            result.add(p);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.lookup.title");
    }
}
