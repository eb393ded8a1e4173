package vn.mttq.giamsat.base.errors;

import jakarta.servlet.http.HttpServletRequest;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.mttq.giamsat.base.security.RequestPaths;

/**
 * Every answer under {@code /api/} is the API's own JSON ({@code error} in Vietnamese,
 * {@code errorEn} in English): an unknown path is a 404 there, not the portal's page; a wrong
 * method 405, an {@code Accept} the API cannot serve 406, anything unexpected 500. The body is
 * written directly, so it does not depend on the {@code Accept} header it may have just refused.
 * Elsewhere the same errors get the portal's short Vietnamese page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /**
     * Requests under /api/ that no API handler takes, ahead of Vaadin's catch-all (which would
     * draw a portal page): a path no API has is 404; a known path asked with another method is
     * 405, or for a format it does not serve ({@code Accept}) 406.
     */
    @RestController
    static class UnmatchedApiRequest {

        private final ObjectProvider<RequestMappingHandlerMapping> mappings;

        UnmatchedApiRequest(@Qualifier("requestMappingHandlerMapping")
                            ObjectProvider<RequestMappingHandlerMapping> mappings) {
            this.mappings = mappings;
        }

        @RequestMapping(CATCH_ALL)
        void unmatched(HttpServletRequest request, HttpServletResponse response) throws IOException {
            PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
            RequestMethod method = RequestMethod.resolve(request.getMethod());
            int status = 404;
            for (RequestMappingInfo info : mappings.getObject().getHandlerMethods().keySet()) {
                if (info.getPathPatternsCondition() == null || info.getPathPatternsCondition().getPatternValues().contains(CATCH_ALL)
                        || info.getPathPatternsCondition().getPatterns().stream().noneMatch(p -> p.matches(path))) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                status = methods.isEmpty() || methods.contains(method) ? 406 : (status == 406 ? 406 : 405);
            }
            write(request, response, status);
        }
    }

    static final String CATCH_ALL = "/api/**";

    @ExceptionHandler(Exception.class)
    void unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!isApi(request)) {
            throw e; // the portal's pages have their own error handling (Vaadin, PortalErrorController)
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidParameterException) { // a query string that cannot be decoded (%zz)
                write(request, response, 400);
                return;
            }
        }
        // Spring MVC's own exceptions (wrong method 405, Accept not served 406, unknown resource 404…) carry their status
        if (e instanceof ErrorResponse known) {
            write(request, response, known.getStatusCode().value());
            return;
        }
        log.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), e);
        write(request, response, 500);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI() != null && RequestPaths.of(request).startsWith("/api/");
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String key = ContainerErrorPages.messageKey(status);
        if (isApi(request)) {
            response.setContentType("application/json");
            response.getWriter().write(ContainerErrorPages.json(status, key));
        } else {
            response.setContentType("text/html");
            response.getWriter().write(ContainerErrorPages.html(key));
        }
        response.flushBuffer();
    }
}
