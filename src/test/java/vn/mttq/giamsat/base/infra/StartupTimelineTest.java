package vn.mttq.giamsat.base.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Issue 25: a start says where its seconds went, phase by phase, in the order the phases ended. */
@SpringBootTest
class StartupTimelineTest {

    @Test
    void the_start_is_told_phase_by_phase() {
        String line = StartupTimeline.describe();
        assertThat(line).startsWith(StartupTimeline.LINE + "total ");
        // a context started in this JVM: its database, migrations, Hibernate and runners are marked
        assertThat(line).contains("flyway migrations ", "hibernate ", "runners and demo data ");
        assertThat(line.indexOf("flyway migrations")).as("migrations end before Hibernate is ready").isLessThan(line.indexOf("hibernate"));
        assertThat(line).matches(".*\\| hibernate \\d+\\.\\d s.*");
    }
}
