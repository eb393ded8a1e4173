package vn.mttq.giamsat.base.errors;

import vn.mttq.giamsat.base.text.Texts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors the servlet container answers by itself, before the application sees the request (a
 * raw "<" in a query string, a malformed request line): in the portal's own words and format,
 * Vietnamese (and English under {@code /api/}), never Tomcat's English page with its version.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            if (host instanceof StandardHost standardHost) {
                // the host then adds no default report valve of its own
                standardHost.setErrorReportValveClass(PortalErrorValve.class.getName());
            }
            if (host != null) {
                host.getPipeline().addValve(new PortalErrorValve());
            }
        });
    }

    /** Writes the error answer; JSON with Vietnamese and English for the API, a short Vietnamese page otherwise. */
    public static class PortalErrorValve extends ErrorReportValve {

        public PortalErrorValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String key = messageKey(status);
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                boolean api = path(request).startsWith("/api/");
                response.setContentType(api ? "application/json" : "text/html");
                Writer out = response.getReporter();
                if (out == null) {
                    return;
                }
                out.write(api ? json(status, key) : html(key));
                out.flush();
            } catch (IOException | IllegalStateException e) {
                // the client went away or the response cannot take a body: nothing more to say
            }
        }

        private static String path(Request request) {
            try {
                String uri = request.getCoyoteRequest().requestURI().toString();
                return uri == null ? "" : uri;
            } catch (RuntimeException e) {
                return "";
            }
        }

    }

    static String messageKey(int status) {
        return switch (status) {
            case 401, 403 -> "error.http.forbidden";
            case 404 -> "error.http.not-found";
            case 405 -> "error.http.method";
            case 406 -> "error.http.not-acceptable";
            case 415 -> "error.http.unsupported-type";
            case 429 -> "error.http.too-many";
            default -> status >= 500 ? "error.http.server" : "error.http.bad-request";
        };
    }

    /** The API's error shape (as the calendar API's own 400s): Vietnamese and English. */
    static String json(int status, String key) {
        return "{\"status\":" + status + ",\"error\":\"" + escapeJson(Texts.vi(key)) + "\",\"errorEn\":\""
                + escapeJson(Texts.en(key)) + "\"}";
    }

    static String html(String key) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(Texts.vi("app.short-title"), "UTF-8") + "</title></head><body><h1>"
                + HtmlUtils.htmlEscape(Texts.vi(key), "UTF-8") + "</h1><p><a href=\"/\">"
                + HtmlUtils.htmlEscape(Texts.vi("error.http.home"), "UTF-8") + "</a></p></body></html>";
    }

    private static String escapeJson(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
