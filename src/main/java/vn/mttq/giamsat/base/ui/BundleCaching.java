package vn.mttq.giamsat.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The production bundle's files ({@code /VAADIN/build/name-HASH.js}) are named after their
 * content, yet Vaadin serves them with {@code max-age=0, must-revalidate}: every page load asked
 * again for each of some forty scripts, one round trip each. Over a 3G link (300 ms) that was
 * most of the five seconds from signing in to a usable home page (issue 25, SlowLinkBenchmark).
 * A file whose name carries a content hash cannot change under that name, so browsers may keep
 * it for a year without asking. The filter runs ahead of Spring Security, whose no-cache headers
 * ({@code Pragma}, {@code Expires}) it keeps off these files as well. The same holds for style
 * sheets Vaadin links with their content's hash as {@code ?v-c=} ({@code /aura/aura.css},
 * {@code /styles/portal.css}): Vaadin answers those with a year already, but Spring Security's
 * headers made the browser ask for them again on every page load.
 */
@Configuration(proxyBeanMethods = false)
class BundleCaching {

    /** name-HASH.ext as Vite names the bundle's chunks and assets (an 8-character hash). */
    static final Pattern HASHED = Pattern.compile(".*/VAADIN/build/[^/]*-[A-Za-z0-9_-]{8}\\.[a-z0-9]+$");
    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> hashedBundleFilesForAYear() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!HASHED.matcher(request.getRequestURI()).matches() && !versioned(request)) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setHeader("Cache-Control", FOR_A_YEAR);
                chain.doFilter(request, new HttpServletResponseWrapper(response) {
                    @Override
                    public void setHeader(String name, String value) {
                        if (!caching(name)) {
                            super.setHeader(name, value);
                        }
                    }

                    @Override
                    public void addHeader(String name, String value) {
                        if (!caching(name)) {
                            super.addHeader(name, value);
                        }
                    }

                    @Override
                    public void setDateHeader(String name, long date) {
                        if (!caching(name)) {
                            super.setDateHeader(name, date);
                        }
                    }

                    @Override
                    public void setIntHeader(String name, int value) {
                        if (!caching(name)) {
                            super.setIntHeader(name, value);
                        }
                    }
                });
            }
        });
        registration.addUrlPatterns("/*");
        registration.setOrder(-200); // ahead of Spring Security (-100)
        return registration;
    }

    /** A static file asked for with its content's hash ({@code ?v-c=729d152e}), as Vaadin links style sheets. */
    static boolean versioned(HttpServletRequest request) {
        String query = request.getQueryString();
        return "GET".equals(request.getMethod()) && query != null && V_C.matcher(query).matches()
                && !request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/dynamic");
    }

    /** Only the hash, nothing else in the query: a page or a Vaadin request never looks like this. */
    private static final Pattern V_C = Pattern.compile("v-c=[A-Za-z0-9_-]{6,64}");

    private static boolean caching(String header) {
        return "Cache-Control".equalsIgnoreCase(header) || "Pragma".equalsIgnoreCase(header) || "Expires".equalsIgnoreCase(header);
    }
}
