package vn.mttq.giamsat.base;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB when no external database is configured
 * ({@code spring.datasource.url} / {@code SPRING_DATASOURCE_URL} unset). The data source is
 * closed before the server stops, because Spring destroys dependents first.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(@Value("${app.embedded-db.data-dir:}") String dataDir,
                                    @Value("${app.embedded-db.database:giamsat124}") String database,
                                    @Value("${app.embedded-db.buffer-pool:512M}") String bufferPool) {
        return EmbeddedMariaDb.start(dataDir, database, bufferPool);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(db.jdbcUrl());
        ds.setUsername("root");
        ds.setPassword("");
        ds.setMaximumPoolSize(10);
        ds.setPoolName("embedded-mariadb");
        return ds;
    }
}
