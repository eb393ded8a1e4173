package vn.mttq.giamsat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS proxy the portal is configured to trust (here: this machine): an answer to a
 * request the proxy says came over HTTPS carries HSTS and a Secure session cookie; a plain HTTP
 * request gets neither. (Without that configuration the forwarded headers are ignored:
 * {@link SecurityHeadersIT}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "app.security.hsts=true"})
class ForwardedHeadersIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
    }

    @Test
    void over_https_through_the_trusted_proxy_the_answer_has_hsts_and_a_secure_cookie() throws Exception {
        HttpResponse<String> r = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
        assertThat(r.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
        assertThat(sessionCookie(r)).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void over_plain_http_there_is_neither() throws Exception {
        HttpResponse<String> r = get("/login");
        assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(r)).doesNotContainIgnoringCase("Secure");
    }
}
