package vn.mttq.giamsat.exchange;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs the token filter for the API's token-only paths only: a plain servlet filter ahead of the
 * portal's own security (which lets /api/** through without a session), so a token never gives a
 * session and a session never opens the token-only API.
 */
@Configuration
class ExchangeSecurity {

    @Bean
    FilterRegistrationBean<ApiTokenFilter> apiTokenFilter(ApiTokens tokens, ObjectProvider<SecurityContextHolderStrategy> holder) {
        FilterRegistrationBean<ApiTokenFilter> registration = new FilterRegistrationBean<>(new ApiTokenFilter(tokens,
                holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)));
        registration.addUrlPatterns("/api/v1/*");
        // after Spring Security's chain (order -100), so its context is replaced for the call and restored after
        registration.setOrder(0);
        return registration;
    }
}
