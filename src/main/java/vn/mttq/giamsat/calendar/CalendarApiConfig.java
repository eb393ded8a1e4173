package vn.mttq.giamsat.calendar;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class CalendarApiConfig implements WebMvcConfigurer {

    private final ApiRateLimiter rateLimiter;

    CalendarApiConfig(ApiRateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rateLimiter).addPathPatterns(CalendarApi.PATH + "/**");
    }
}
