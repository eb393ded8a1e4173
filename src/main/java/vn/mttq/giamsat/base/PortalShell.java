package vn.mttq.giamsat.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;

/**
 * Page-wide settings. Server push (WebSocket for server-to-browser messages, ordinary requests
 * the other way, so proxies that dislike long-lived upstream traffic are not in the way) lets the
 * notification bell change the moment a reminder is written.
 */
@Push(transport = Transport.WEBSOCKET_XHR)
public class PortalShell implements AppShellConfigurator {
}
