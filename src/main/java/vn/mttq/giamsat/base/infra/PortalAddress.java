package vn.mttq.giamsat.base.infra;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The portal's public address ({@code GIAMSAT_BASE_URL}, e.g. https://giamsat.mttq-hoabinh.vn): what
 * a receipt slip tells a citizen to open for the lookup, and where links in e-mails lead. Required
 * with an external database (a real deployment), where a slip printed with "localhost" would send
 * people nowhere; the embedded demo uses http://localhost and its port.
 */
@Component
public class PortalAddress {

    private final String base;

    PortalAddress(@Value("${app.base-url:}") String configured, @Value("${server.port:8080}") int port, Environment environment) {
        if (StringUtils.hasText(configured)) {
            String value = configured.strip();
            if (!value.matches("(?i)https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
                throw new IllegalStateException("GIAMSAT_BASE_URL must be the portal's public address, e.g. https://giamsat.example.vn: " + value);
            }
            this.base = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        } else if (!NoExternalDatabase.in(environment)) {
            throw new IllegalStateException("Set GIAMSAT_BASE_URL to the portal's public address (e.g. https://giamsat.example.vn): "
                    + "receipt slips and e-mails send people there.");
        } else {
            this.base = "http://localhost" + (port == 80 || port <= 0 ? "" : ":" + port);
        }
    }

    /** The address without a trailing slash. */
    public String base() {
        return base;
    }

    /** A page of the portal, e.g. "tra-cuu". */
    public String of(String path) {
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }
}
