package vn.mttq.giamsat.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Form login through the Vaadin login view. Views carry JSR-250 access annotations, read by
 * Vaadin's navigation access control; services check again with {@code @PreAuthorize}. JSR-250
 * method security stays off on purpose: it would proxy every annotated view class.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http,
                                                  @Value("${app.security.hsts:false}") boolean hsts,
                                                  ObjectProvider<SignInStep> steps,
                                                  ObjectProvider<SignInMethod> methods)
            throws Exception {
        // public, read-only legal arithmetic for other Front systems (rate-limited in the deadlines module)
        // the API answers for itself, in JSON: unknown paths 404, never a redirect to the sign-in page;
        // it uses no session or cookie, so no CSRF token either (a wrong method then gets its 405)
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/api/**").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        // the load balancer's probes need no session and learn nothing but UP or DOWN; every other
        // actuator endpoint (metrics in Prometheus format) is an administrator's
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness").permitAll().requestMatchers("/actuator/**").hasRole(Role.ADMIN.name()));
        // a scraper without credentials gets 401, not a redirect to the sign-in page's HTML
        http.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")));
        // the theme, the portal's stylesheet and its bundled typeface are needed on the sign-in page too
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/aura/**", "/styles/**").permitAll());
        // the container's error dispatch answers in the portal's format for everyone (PortalErrorController),
        // instead of redirecting a malformed request to the sign-in page
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/error").permitAll());
        // Vaadin 25 denies any request no rule allows, so a mistyped address met a bare 403 page
        // before the router could show PageNotFoundView; signed-in people now reach the router
        // (which still checks each view's annotation), signed-out ones go to the sign-in page.
        http.addFilterBefore(new SameOriginSignIn(), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> SecurityHeaders.apply(headers, hsts));
        for (SignInMethod method : methods.orderedStream().toList()) {
            method.configure(http);
        }
        for (SignInStep step : steps.orderedStream().toList()) {
            http.addFilterBefore(new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request,
                                                HttpServletResponse response,
                                                FilterChain chain) throws ServletException, IOException {
                    step.handle(request, response, chain);
                }
            }, AuthorizationFilter.class);
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /**
     * BCrypt by default, with the {id} prefix so the algorithm can change later without a reset;
     * at most {@code app.security.password-checks} at once (default half the cores).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${app.security.password-checks:0}") int parallel) {
        return new PasswordChecks(PasswordEncoderFactories.createDelegatingPasswordEncoder(), PasswordChecks.parallel(parallel));
    }
}
