package vn.mttq.giamsat.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import vn.mttq.giamsat.GiamSatApplication;
import vn.mttq.giamsat.base.infra.EmbeddedMariaDb;

/**
 * An operator's first start on an empty external database (the container image's case): the
 * province is created with its default Vietnamese name, not mojibake (found by the image's training
 * start, issue 25: Spring reads .properties as ISO-8859-1), and the first administrator can sign in.
 */
class ProductionBootstrapTest {

    private final Path dataDir = Path.of(System.getProperty("user.home"), ".cache", "giamsat124-tests",
            "bootstrap-" + UUID.randomUUID());

    @Test
    void an_empty_external_database_gets_the_province_under_its_default_name_and_the_first_administrator() {
        try (EmbeddedMariaDb external = EmbeddedMariaDb.start(dataDir.toString(), "giamsat124", "64M");
             ConfigurableApplicationContext portal = new SpringApplicationBuilder(GiamSatApplication.class).run(
                     "--spring.datasource.url=" + external.jdbcUrl(), "--spring.datasource.username=" + external.user(),
                     "--spring.datasource.password=" + external.password(), "--app.bootstrap.admin-password=Quan-tri-2026!",
                     "--app.identity.keys=k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "--app.identity.current-key=k1",
                     "--app.base-url=https://giamsat.example.vn", "--server.port=0", "--logging.level.root=warn")) {
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select name from unit", String.class)).containsExactly("Ủy ban MTTQ Việt Nam tỉnh");
            assertThat(jdbc.queryForObject("select count(*) from account where username = 'admin' and role = 'ADMIN'", Long.class))
                    .isEqualTo(1);
        }
    }

    @AfterEach
    void removeDatabase() throws IOException {
        FileSystemUtils.deleteRecursively(dataDir);
    }
}
