package vn.mttq.giamsat.base.infra;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded MariaDB when no external database is configured
 * ({@code spring.datasource.url} / {@code SPRING_DATASOURCE_URL} unset). The data source is
 * closed before the server stops, because Spring destroys dependents first. A portal started by
 * its {@code main} began the server already ({@link EarlyEmbeddedStart}) and takes it here.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(Environment settings, ObjectProvider<EarlyEmbeddedStart.Handover> early) {
        EarlyEmbeddedStart.Handover started = early.getIfAvailable();
        EmbeddedMariaDb server = started != null ? started.take() : EmbeddedMariaDb.start(settings);
        StartupTimeline.mark("spring and embedded database");
        return server;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedMariaDb db,
                          @Value("${app.embedded-db.connection-timeout:30s}") Duration connectionTimeout) {
        HikariDataSource ds = new HikariDataSource();
        // how long a request waits for a connection while the server is away before it is told so
        ds.setConnectionTimeout(connectionTimeout.toMillis());
        ds.setJdbcUrl(db.jdbcUrl());
        ds.setUsername(db.user());
        ds.setPassword(db.password());
        ds.setMaximumPoolSize(10);
        ds.setPoolName("embedded-mariadb");
        return ds;
    }
}
