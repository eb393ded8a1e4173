package vn.mttq.giamsat.base.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.mttq.giamsat.base.security.RequestPaths;
import vn.mttq.giamsat.base.text.Texts;

/**
 * The web server takes requests before the portal is ready: the first start writes the demo
 * province after the server is up, and readiness says OUT_OF_SERVICE until it is done (issue 25: a
 * person who signed in then saw an empty portal). Until readiness accepts traffic every page and
 * API call is answered 503 with {@code Retry-After}: a page that says the portal is starting and
 * looks again every two seconds, or the API's JSON error. Health and metrics pass, so a load
 * balancer and an operator see the state.
 */
@Configuration(proxyBeanMethods = false)
class StartingUpGate {

    /** The page a person sees while the portal starts, its words from the translations (vi, then en). */
    static String page() {
        return """
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>
                <style>body{font-family:system-ui,sans-serif;margin:4rem auto;max-width:32rem;padding:0 1rem;color:#222}
                h1{font-size:1.3rem;color:#a51c1c}</style></head><body><h1>%s</h1><p>%s</p><p lang="en">%s</p></body></html>"""
                .formatted(Texts.vi("starting.title"), Texts.vi("starting.title"), Texts.vi("starting.text"), Texts.en("starting.text"));
    }

    /** The API's answer while the portal starts, in its usual error shape. */
    static String json() {
        return "{\"status\":503,\"error\":\"" + Texts.vi("starting.api") + "\",\"errorEn\":\"" + Texts.en("starting.api") + "\"}";
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> startingUpFilter(ApplicationAvailability availability) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = RequestPaths.of(request);
                if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || path.startsWith("/actuator")) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", "2");
                response.setHeader("Cache-Control", "no-store");
                boolean api = path.startsWith("/api/");
                response.setContentType(api ? "application/json;charset=UTF-8" : "text/html;charset=UTF-8");
                response.getOutputStream().write((api ? json() : page()).getBytes(StandardCharsets.UTF_8));
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // after the request id, before security and Vaadin
        return registration;
    }
}
