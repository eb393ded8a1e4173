package vn.mttq.giamsat.organisation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.mttq.giamsat.base.infra.FeedKeys;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LockoutPolicy.class, BootstrapProperties.class})
class OrganisationConfig {

    /** Ahead of Spring Security (order -100): a throttled address's sign-in never reaches the password check. */
    @Bean
    FilterRegistrationBean<SignInThrottle> signInThrottle(LoginFailureRepository failures, LockoutPolicy policy, FeedKeys keys) {
        FilterRegistrationBean<SignInThrottle> registration = new FilterRegistrationBean<>(new SignInThrottle(failures, policy, keys));
        registration.addUrlPatterns("/login");
        registration.setOrder(-200);
        return registration;
    }
}
