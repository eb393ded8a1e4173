package vn.mttq.giamsat.base;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Where the container sends a request that failed outside a view or an API handler (a query
 * string that cannot be decoded, an unreadable request): the same answer as
 * {@link ContainerErrorPages}, JSON in Vietnamese and English under {@code /api/}, a short
 * Vietnamese page elsewhere; never Spring's English "Whitelabel" page, never a redirect to sign-in.
 */
@RestController
class PortalErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String key = ContainerErrorPages.messageKey(status);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(ContainerErrorPages.json(status, key));
        }
        return ResponseEntity.status(HttpStatus.valueOf(status)).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(ContainerErrorPages.html(key));
    }
}
