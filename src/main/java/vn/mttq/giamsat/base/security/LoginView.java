package vn.mttq.giamsat.base.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import vn.mttq.giamsat.base.ui.FieldLimits;
import vn.mttq.giamsat.base.ui.LanguageSwitch;
import vn.mttq.giamsat.base.ui.PortalMark;
import vn.mttq.giamsat.base.ui.UserMessages;

/** Sign-in page; tells a locked or disabled account apart from a wrong password. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final H1 title = new H1();
    private final Paragraph subtitle = new Paragraph();
    private final PortalIdentity identity;
    private Exception failure;
    /** Too many account names failed from this address lately (organisation.SignInThrottle). */
    private boolean throttled;
    /** The session was ended from elsewhere (the person's other device, an administrator). */
    private boolean ended;

    /** The single sign-on link, when a provider is configured (signin.SingleSignOn). */
    private final Anchor sso = new Anchor();
    private boolean ssoRefused;

    LoginView(PortalIdentity identity, @Value("${app.security.oidc.registration:}") String ssoRegistration,
              PasswordHelp passwordHelp, ClientAddress clientAddress, ObjectProvider<SignInNote> notes) {
        this.identity = identity;
        this.passwordHelp = passwordHelp;
        this.clientAddress = clientAddress;
        setSizeFull();
        addClassName("login-page");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true); // a request the unit's administrator sees (PasswordHelp)
        form.addForgotPasswordListener(e -> forgotPassword());
        title.addClassName("login-title");
        subtitle.addClassName("login-subtitle");
        PortalMark mark = new PortalMark();
        mark.addClassName("login-mark");
        add(mark, title, subtitle, form);
        if (!ssoRegistration.isBlank()) {
            // a full page load: the provider's page is not a route of this application
            sso.setHref("oauth2/authorization/" + ssoRegistration);
            sso.getElement().setAttribute("router-ignore", true);
            sso.setId("sign-in-sso");
            sso.addClassName("login-sso");
            add(sso);
        }
        // the people's pages, for someone who came to send a comment or look up a case
        Div publicPages = new Div(
                new Anchor("gui-y-kien", getTranslation("login.public.submit")),
                new Anchor("tra-cuu", getTranslation("login.public.lookup")),
                new Anchor("xac-thuc-van-ban", getTranslation("login.public.verify")));
        publicPages.addClassName("login-public-pages");
        add(publicPages, new LanguageSwitch());
        notes.orderedStream().map(SignInNote::translationKey).filter(Objects::nonNull).forEach(key -> {
            Paragraph note = new Paragraph(getTranslation(key));
            note.addClassName("login-note");
            add(note);
        });
    }

    private final PasswordHelp passwordHelp;
    private final ClientAddress clientAddress;

    /** Asks for the sign-in name and passes the request on; the answer is the same whether the name exists or not. */
    void forgotPassword() {
        Dialog dialog = new Dialog(getTranslation("password-help.title"));
        TextField name = FieldLimits.limit(
                new TextField(getTranslation("login.username")), 64);
        name.setId("password-help-username");
        name.setWidthFull();
        Paragraph text = new Paragraph(getTranslation("password-help.text"));
        dialog.add(text, name);
        Button send = new Button(getTranslation("password-help.send"), e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("login.error.username-required"));
                return;
            }
            boolean passed = passwordHelp.request(name.getValue(), clientAddress.current());
            dialog.close();
            UserMessages.info(getTranslation(passed ? "password-help.sent" : "password-help.again-later"));
        });
        send.setId("password-help-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), send);
        dialog.open();
        name.focus();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var session = VaadinServletRequest.getCurrent() == null ? null
                : VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
        if (session != null && session.getAttribute(SignInStep.PENDING_ATTRIBUTE) != null) {
            event.forwardTo(SignInStep.SECOND_FACTOR_ROUTE); // the password was right; the code is still to come
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean error = parameters.containsKey("error");
        throttled = parameters.containsKey("throttled");
        ended = parameters.containsKey("ended");
        ssoRefused = parameters.containsKey("sso");
        failure = error ? lastFailure() : null;
        form.setError(error || ended);
    }

    /** Called on navigation and when the language changes, so the page follows the language switch. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.title"));
        subtitle.setText(identity.organisationName()); // the province's own committee, from the unit tree
        form.setI18n(i18n(failure));
        sso.setText(getTranslation("login.sso"));
    }

    private LoginI18n i18n(Exception failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage e = i18n.getErrorMessage();
        String key = ssoRefused ? "login.error.sso" : ended ? "login.error.ended" : throttled ? "login.error.throttled" : failure instanceof LockedException ? "login.error.locked"
                : failure instanceof DisabledException ? "login.error.disabled" : "login.error.bad";
        e.setTitle(getTranslation(key + ".title"));
        e.setMessage(getTranslation(key + ".message"));
        e.setUsername(getTranslation("login.error.username-required"));
        e.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    /** Spring Security keeps the last failure in the HTTP session (SimpleUrlAuthenticationFailureHandler). */
    private static Exception lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return null;
        }
        Object value = session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return value instanceof Exception ex ? ex : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.short-title");
    }
}
