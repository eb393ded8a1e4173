package vn.mttq.giamsat.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** First start on an empty external database: the province unit and the first administrator. */
@ConfigurationProperties("app.bootstrap")
record BootstrapProperties(String adminUsername, String adminPassword, String provinceCode, String provinceName) {
}
