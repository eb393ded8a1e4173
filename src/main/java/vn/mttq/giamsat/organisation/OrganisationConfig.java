package vn.mttq.giamsat.organisation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LockoutPolicy.class, BootstrapProperties.class})
class OrganisationConfig {
}
