package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps each UI's last answer as a string, to send it again when the browser repeats a
 * message whose answer it lost. Our answers carry Vietnamese letters outside Latin-1 (ạ, ế, ư, đ…),
 * and Java keeps such a string at two bytes a character: 85–110 KB of every signed-in person's
 * heap, the largest single part of a session (issue 25, LoadBenchmark's class histogram). Kept with
 * those letters written as JSON escapes ({@code \u1ea1}), the copy means exactly the same to the
 * browser and takes one byte a character: about half.
 */
@Component
class CompactResendCopy implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new Interceptor());
    }

    /** After each message of a UI (the answer is written by then), its kept copy is made compact. */
    static final class Interceptor implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            // nothing before
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception exception) {
            // Vaadin reports it
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            if (session == null || !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
                return;
            }
            session.lock();
            try {
                UI ui = session.getService().findUI(request);
                String kept = ui == null ? null : ui.getInternals().getLastRequestResponse();
                if (kept != null) {
                    ui.getInternals().setLastRequestResponse(latin1(kept));
                }
            } finally {
                session.unlock();
            }
        }
    }

    /**
     * The same JSON with every character above U+00FF written as a {@code \\uXXXX} escape. Outside
     * string values JSON has only ASCII, so each such character is inside a string, where the escape
     * reads back as the same character (a pair of surrogates as the same pair). Returns the very
     * string when there is nothing to escape.
     */
    static String latin1(String json) {
        int first = 0;
        while (first < json.length() && json.charAt(first) <= 0xFF) {
            first++;
        }
        if (first == json.length()) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 64).append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c <= 0xFF) {
                out.append(c);
            } else {
                out.append("\\u").append(Character.forDigit(c >> 12 & 0xF, 16)).append(Character.forDigit(c >> 8 & 0xF, 16))
                        .append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
            }
        }
        return out.toString();
    }
}
