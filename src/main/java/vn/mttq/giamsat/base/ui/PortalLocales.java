package vn.mttq.giamsat.base.ui;

import vn.mttq.giamsat.base.text.Texts;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vietnamese first whatever the browser says; English when the user picks it. The choice
 * lives in the Vaadin session, so it survives navigation but not a new sign-in on another device.
 */
@Component
class PortalLocales implements VaadinServiceInitListener {

    static final Locale VIETNAMESE = Texts.VIETNAMESE;
    static final Locale ENGLISH = Texts.ENGLISH;
    static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(VIETNAMESE));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(e.getUI().getSession().getLocale()));
    }
}
