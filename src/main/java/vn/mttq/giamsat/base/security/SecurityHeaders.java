package vn.mttq.giamsat.base.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The headers every answer carries (pages, downloads, the API). The content security policy is as
 * strict as Vaadin Flow allows; each relaxation says why:
 * <ul>
 *   <li>{@code script-src 'unsafe-inline'}: Vaadin's bootstrap page sets its configuration in an
 *       inline script;</li>
 *   <li>{@code script-src 'unsafe-eval'}: Flow runs server-sent JavaScript ({@code executeJs},
 *       element property bindings) through {@code new Function};</li>
 *   <li>{@code style-src 'unsafe-inline'}: Vaadin components and ECharts set inline styles;</li>
 *   <li>{@code img-src data: blob:}: icons embedded as data URLs and the charts' canvas exports.</li>
 * </ul>
 * Everything else stays on the portal's own origin: no third-party scripts, fonts or frames
 * ({@code frame-ancestors 'self'}: the portal is never framed by another site).
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    private SecurityHeaders() {
    }

    /**
     * @param hsts whether to tell browsers to use only HTTPS for a year (answers over TLS only, as
     *             the portal sees it: behind a proxy, with its forwarded headers trusted)
     */
    static void apply(HeadersConfigurer<HttpSecurity> headers, boolean hsts) {
        if (hsts) {
            headers.httpStrictTransportSecurity(h -> h.maxAgeInSeconds(31_536_000).includeSubDomains(true));
        } else {
            headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
        }
        headers.contentTypeOptions(c -> { })
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                // written before the request goes on: Vaadin's page for the sign-in view replaces the response
                // wrapper that would add them on commit, and the sign-in page went out without them
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}
