package vn.mttq.giamsat.signin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.security.PortalUser;

/**
 * Everyone's own security page: the second factor (turn on with a QR code, new recovery codes,
 * turn off where the role allows) and the list of one's open sessions, each of which but this
 * one can be ended (a computer left signed in elsewhere).
 */
@Route("tai-khoan/bao-mat")
@PermitAll
class AccountSecurityView extends VerticalLayout implements HasDynamicTitle {

    final Div factor = new Div();
    final Grid<Sessions.OpenSession> sessionGrid = new Grid<>();
    private final SecondFactors secondFactors;
    private final Sessions sessions;
    private final PortalUser me;

    AccountSecurityView(SecondFactors secondFactors, Sessions sessions, CurrentUser currentUser) {
        this.secondFactors = secondFactors;
        this.sessions = sessions;
        this.me = currentUser.require();
        addClassName("page");
        H2 title = new H2(getTranslation("account-security.title"));
        title.addClassName("page-title");
        factor.setId("second-factor-status");
        sessionGrid.setId("my-sessions");
        sessionGrid.addColumn(Sessions.OpenSession::browser).setHeader(getTranslation("sessions.browser")).setFlexGrow(2);
        sessionGrid.addColumn(s -> PortalFormats.dateTime(s.startedAt())).setHeader(getTranslation("sessions.started")).setAutoWidth(true);
        sessionGrid.addColumn(s -> PortalFormats.dateTime(s.lastSeenAt())).setHeader(getTranslation("sessions.last-seen")).setAutoWidth(true);
        sessionGrid.addComponentColumn(s -> {
            if (s.current()) {
                Span here = new Span(getTranslation("sessions.current"));
                here.addClassNames("state-badge", "state-done");
                return here;
            }
            return Guarded.button(getTranslation("sessions.end"), false, () -> {
                sessions.endMine(s.id());
                refreshSessions();
            });
        }).setAutoWidth(true);
        sessionGrid.setAllRowsVisible(true);
        Button endOthers = new Button(getTranslation("sessions.end-others"), e -> Guarded.confirm(getTranslation("sessions.end-others"),
                getTranslation("sessions.end-others.confirm"), () -> {
                    sessions.endMyOthers(currentSessionId());
                    refreshSessions();
                }));
        endOthers.setId("end-other-sessions");
        add(title, new H3(getTranslation("second-factor.title")), factor, new H3(getTranslation("sessions.title")),
                new Paragraph(getTranslation("sessions.intro")), sessionGrid, endOthers);
        setMaxWidth("60rem");
        refreshFactor();
        refreshSessions();
    }

    private static String currentSessionId() {
        return VaadinSession.getCurrent().getSession().getId();
    }

    private void refreshSessions() {
        sessionGrid.setItems(sessions.mine(currentSessionId()));
    }

    private void refreshFactor() {
        factor.removeAll();
        SecondFactors.Status status = secondFactors.status(me);
        if (status.state() == SecondFactors.State.ACTIVE) {
            factor.add(new Paragraph(getTranslation("second-factor.on", status.recoveryCodesLeft())));
            Button renew = new Button(getTranslation("second-factor.recovery.renew"), e -> Guarded.confirm(getTranslation("second-factor.recovery.renew"),
                    getTranslation("second-factor.recovery.renew.confirm"), () -> showCodes(secondFactors.renewRecoveryCodes(me))));
            HorizontalLayout actions = new HorizontalLayout(renew);
            if (!status.required()) {
                Button off = new Button(getTranslation("second-factor.off"), e -> Guarded.confirm(getTranslation("second-factor.off"),
                        getTranslation("second-factor.off.confirm"), () -> {
                            secondFactors.turnOffOwn(me);
                            refreshFactor();
                        }));
                actions.add(off);
            }
            factor.add(actions);
        } else {
            factor.add(new Paragraph(getTranslation(status.required() ? "second-factor.off.required" : "second-factor.off.optional")));
            Button on = Guarded.button(getTranslation("second-factor.turn-on"), true, this::enrol);
            on.setId("second-factor-turn-on");
            factor.add(on);
        }
    }

    private void enrol() {
        SecondFactors.Enrolment enrolment = secondFactors.begin(me);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("second-factor.turn-on"));
        Image qr = new Image(enrolment.qrDataUrl(), getTranslation("second-factor.qr"));
        qr.addClassName("second-factor-qr");
        TextField code = new TextField(getTranslation("second-factor.code"));
        code.setHelperText(getTranslation("second-factor.enrol.code"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        dialog.add(new Paragraph(getTranslation("second-factor.enrol.intro")), qr,
                SecondFactorView.secretLine(enrolment.secret()), code);
        Button confirm = Guarded.button(getTranslation("second-factor.enrol.confirm"), true, () -> {
            List<String> codes = secondFactors.confirm(me, code.getValue());
            dialog.close();
            refreshFactor();
            showCodes(codes);
        });
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void showCodes(List<String> codes) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("second-factor.recovery.title"));
        dialog.add(new Paragraph(getTranslation("second-factor.recovery.intro")), SecondFactorView.recoveryCodeList(codes));
        dialog.getFooter().add(new Button(getTranslation("second-factor.recovery.saved"), e -> dialog.close()));
        dialog.open();
        refreshFactor();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account-security.title");
    }
}
