package vn.mttq.giamsat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each answer names its request; a plain id from the proxy is kept, anything else replaced. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestIdIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String idOf(String given) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/calendar/days-off?year=2026"));
        if (given != null) {
            b.header("X-Request-Id", given);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).headers().firstValue("X-Request-Id").orElse("");
    }

    @Test
    void an_answer_carries_its_request_id() throws Exception {
        assertThat(idOf("lb-2f9c01a7d3")).isEqualTo("lb-2f9c01a7d3");
        assertThat(idOf(null)).matches("[0-9a-f]{16}");
        assertThat(idOf("<script>alert(1)</script>")).matches("[0-9a-f]{16}");
        assertThat(idOf(null)).isNotEqualTo(idOf(null));
    }
}
