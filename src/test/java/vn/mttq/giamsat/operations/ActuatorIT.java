package vn.mttq.giamsat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the load balancer and an operator reach without a session: liveness and readiness answer
 * UP and nothing more; environment, heap dump and metrics do not answer to strangers. The
 * operator's meters exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorIT {

    @LocalServerPort
    int port;
    @Autowired MeterRegistry meters;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readiness_and_liveness_answer_without_a_session_and_say_only_up() throws Exception {
        for (String probe : new String[] {"/actuator/health/readiness", "/actuator/health/liveness", "/actuator/health"}) {
            HttpResponse<String> r = get(probe);
            assertThat(r.statusCode()).as(probe).isEqualTo(200);
            assertThat(r.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components", "details", "database", "MariaDB");
            assertThat(r.headers().firstValue("Set-Cookie")).as(probe).isEmpty();
        }
    }

    @Test
    void environment_heap_dump_and_metrics_are_not_for_strangers() throws Exception {
        for (String path : new String[] {"/actuator/env", "/actuator/heapdump", "/actuator/prometheus", "/actuator/metrics",
                "/actuator/beans", "/actuator/configprops"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isNotEqualTo(200);
            assertThat(r.body()).as(path).doesNotContain("propertySources", "spring.datasource", "giamsat_mail", "jvm_memory");
        }
    }

    @Test
    void the_operators_meters_are_registered() {
        for (String name : new String[] {"giamsat.reminders.sent", "giamsat.deadlines.overdue", "giamsat.mail.waiting",
                "giamsat.mail.failed", "giamsat.signin.failures", "giamsat.signin.lockouts"}) {
            assertThat(meters.find(name).meter()).as(name).isNotNull();
        }
        assertThat(meters.find("giamsat.deadlines.overdue").gauge().value()).isGreaterThanOrEqualTo(0);
    }

    /** Issue 23: a scraper without credentials sees an error, and every meter has a HELP text a strict parser accepts. */
    @Test
    void an_anonymous_scrape_gets_401_and_every_meter_is_described() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/prometheus");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Location")).isEmpty();
        PrometheusMeterRegistry prometheus = meters instanceof PrometheusMeterRegistry p ? p
                : (PrometheusMeterRegistry) ((CompositeMeterRegistry) meters)
                .getRegistries().stream().filter(r -> r instanceof PrometheusMeterRegistry).findFirst().orElseThrow();
        String exposition = prometheus.scrape();
        List<String> help = exposition.lines().filter(l -> l.startsWith("# HELP ")).toList();
        assertThat(help).hasSizeGreaterThan(50).allSatisfy(l -> assertThat(l).as(l).matches("# HELP [a-zA-Z_:][a-zA-Z0-9_:]* \\S.*"));
    }
}
