package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.aura.Aura;

/**
 * Page-wide settings. Server push (WebSocket for server-to-browser messages, ordinary requests
 * the other way, so proxies that dislike long-lived upstream traffic are not in the way) lets the
 * notification bell change the moment a reminder is written. Vaadin 25 applies no theme once an
 * app shell exists: Aura is loaded here, then the portal's own stylesheet (brand colours, the
 * bundled Be Vietnam Pro typeface, page classes) in src/main/resources/META-INF/resources/styles.
 */
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles/portal.css")
@Push(transport = Transport.WEBSOCKET_XHR)
public class PortalShell implements AppShellConfigurator {
}
