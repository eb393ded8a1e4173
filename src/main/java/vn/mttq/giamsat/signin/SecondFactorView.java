package vn.mttq.giamsat.signin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.core.Authentication;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.security.SignInStep;
import vn.mttq.giamsat.base.ui.LanguageSwitch;
import vn.mttq.giamsat.base.ui.PortalMark;

/**
 * The second step of signing in: a code from the authenticator app or a recovery code; for a
 * person whose role requires the second factor and who has none yet, the enrolment first (QR
 * code, first code, recovery codes shown once). Five wrong codes end the attempt.
 */
@Route(value = SignInStep.SECOND_FACTOR_ROUTE, autoLayout = false)
@AnonymousAllowed
class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_TRIES = 5;
    private static final String TRIES = "giamsat.signin.code-tries";

    final TextField code = new TextField();
    final Button confirm = new Button();
    private final Div body = new Div();
    private final SecondFactors secondFactors;
    private final SignInGate gate;
    private final SecurityContexts contexts;
    private PortalUser user;
    private Authentication signedIn;
    /** Whether the code field takes the first code of a new enrolment (else a code at sign-in). */
    private boolean enrolling;

    SecondFactorView(SecondFactors secondFactors, SignInGate gate, SecurityContexts contexts) {
        this.secondFactors = secondFactors;
        this.gate = gate;
        this.contexts = contexts;
        setSizeFull();
        addClassNames("login-page", "second-factor-page");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        PortalMark mark = new PortalMark();
        mark.addClassName("login-mark");
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        body.addClassName("second-factor-box");
        code.setId("second-factor-code");
        code.setLabel(getTranslation("second-factor.code"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(12);
        code.setWidthFull();
        confirm.setId("second-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setWidthFull();
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(e -> confirmCode());
        add(mark, title, body, new LanguageSwitch());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        HttpSession session = session();
        if (session == null || !(session.getAttribute(SignInStep.PENDING_ATTRIBUTE) instanceof Authentication waiting)) {
            event.forwardTo("login");
            return;
        }
        signedIn = waiting;
        user = (PortalUser) waiting.getPrincipal();
        SecondFactors.Status status = secondFactors.status(user);
        if (status.state() == SecondFactors.State.ACTIVE) {
            askForCode();
        } else {
            enrol();
        }
    }

    private void askForCode() {
        body.removeAll();
        code.setHelperText(getTranslation("second-factor.code.help"));
        confirm.setText(getTranslation("second-factor.confirm"));
        enrolling = false;
        body.add(new Paragraph(getTranslation("second-factor.ask", user.fullName())), code, confirm, signOut());
        code.focus();
    }

    private void enrol() {
        body.removeAll();
        SecondFactors.Enrolment enrolment = secondFactors.begin(user);
        Image qr = new Image(enrolment.qrDataUrl(), getTranslation("second-factor.qr"));
        qr.addClassName("second-factor-qr");
        qr.setId("second-factor-qr");
        Paragraph secret = secretLine(enrolment.secret());
        secret.setId("second-factor-secret");
        code.setHelperText(getTranslation("second-factor.enrol.code"));
        confirm.setText(getTranslation("second-factor.enrol.confirm"));
        enrolling = true;
        body.add(new Paragraph(getTranslation("second-factor.enrol.intro")), qr, secret, code, confirm, signOut());
        code.focus();
    }

    /** The first code of an enrolment turns the factor on; any later one lets the person in. */
    private void confirmCode() {
        if (!enrolling) {
            if (secondFactors.verify(user, code.getValue())) {
                finish();
            } else {
                wrong();
            }
            return;
        }
        try {
            showRecoveryCodes(secondFactors.confirm(user, code.getValue()));
        } catch (UserFacingException refused) {
            wrong();
        }
    }

    /** The recovery codes, two columns in a typewriter face (shown once, here and on the security page). */
    static Div recoveryCodeList(List<String> codes) {
        Div list = new Div();
        list.setId("recovery-codes");
        list.addClassName("recovery-codes");
        codes.forEach(c -> list.add(new Div(c)));
        return list;
    }

    private void showRecoveryCodes(List<String> codes) {
        body.removeAll();
        Div list = recoveryCodeList(codes);
        Button done = new Button(getTranslation("second-factor.recovery.saved"), e -> finish());
        done.setId("recovery-codes-saved");
        done.addThemeVariants(ButtonVariant.PRIMARY);
        body.add(new Paragraph(getTranslation("second-factor.recovery.intro")), list, done);
    }

    private void wrong() {
        HttpSession session = session();
        int tries = session == null ? MAX_TRIES : (session.getAttribute(TRIES) instanceof Integer n ? n : 0) + 1;
        if (tries >= MAX_TRIES || session == null) {
            if (session != null) {
                session.invalidate();
            }
            UI.getCurrent().getPage().setLocation("login?error");
            return;
        }
        session.setAttribute(TRIES, tries);
        code.setInvalid(true);
        code.setErrorMessage(getTranslation("second-factor.error.wrong-code.left", MAX_TRIES - tries));
        code.clear();
        code.focus();
    }

    /** The code was right: the sign-in waiting aside becomes the session's, and the portal opens. */
    private void finish() {
        HttpSession session = session();
        if (session == null) {
            UI.getCurrent().getPage().setLocation("login");
            return;
        }
        contexts.signIn(signedIn, VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        session.removeAttribute(SignInStep.PENDING_ATTRIBUTE);
        session.removeAttribute(TRIES);
        gate.complete(session, user, VaadinServletRequest.getCurrent().getHttpServletRequest());
        UI.getCurrent().getPage().setLocation(".");
    }

    /** Back to the sign-in page, the password forgotten with the session. */
    private Button signOut() {
        Button out = new Button(getTranslation("second-factor.sign-out"), e -> {
            HttpSession session = session();
            if (session != null) {
                session.invalidate();
            }
            UI.getCurrent().getPage().setLocation("login");
        });
        out.addThemeVariants(ButtonVariant.TERTIARY);
        out.setWidthFull();
        return out;
    }

    private static HttpSession session() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? null : request.getHttpServletRequest().getSession(false);
    }

    /** "Or enter the key by hand:" and the key in groups of four, the key alone in a typewriter face. */
    static Paragraph secretLine(String secret) {
        Span key = new Span(group(secret));
        key.addClassName("second-factor-secret");
        return new Paragraph(new Text(
                UI.getCurrent().getTranslation("second-factor.secret") + " "), key);
    }

    static String group(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("second-factor.title");
    }
}
