package vn.mttq.giamsat.base.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the container sends a request that failed outside a view or an API handler (a query
 * string that cannot be decoded, an unreadable request): the same answer as
 * {@link ContainerErrorPages}, JSON in Vietnamese and English under {@code /api/}, a short
 * Vietnamese page elsewhere; never Spring's English "Whitelabel" page, never a redirect to sign-in.
 */
@RestController
class PortalErrorController implements ErrorController {

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String key = ContainerErrorPages.messageKey(status);
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // written directly: the Accept header may be the very thing that was refused (406)
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getWriter().write(ContainerErrorPages.json(status, key));
        } else {
            response.setContentType("text/html");
            response.getWriter().write(ContainerErrorPages.html(key));
        }
    }
}
