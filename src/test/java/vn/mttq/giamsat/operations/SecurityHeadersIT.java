package vn.mttq.giamsat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The security headers on the sign-in page, a page behind the sign-in, a download and an API answer; the session cookie's flags. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_kind_of_answer_carries_the_headers() throws Exception {
        // the sign-in page, a page behind the sign-in, a download, the API (an answer and a refusal), the stylesheet
        for (String path : new String[] {"/login", "/ke-hoach", "/api/v1/calendar/days-off.ics?year=2026", "/api/v1/calendar/days-off?year=2026",
                "/api/v1/indicators", "/styles/portal.css"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'"));
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(r.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
            assertThat(r.headers().firstValue("Server")).as(path).isEmpty();
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        HttpResponse<String> login = get("/login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void forwarded_headers_are_ignored_unless_configured() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).as("a client cannot claim HTTPS for itself").doesNotContainIgnoringCase("Secure");
    }

    /** Issue 21: a redirect never takes its host from the request's Host header. */
    @Test
    void a_forged_host_header_never_reaches_a_redirect() throws Exception {
        for (String request : new String[] {"GET /ke-hoach HTTP/1.1", "POST /login HTTP/1.1", "GET /logout HTTP/1.1"}) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                String body = request.startsWith("POST") ? "username=khong-co&password=Sai%4012345" : "";
                socket.getOutputStream().write((request + "\r\nHost: evil.example\r\nConnection: close\r\n"
                        + (body.isEmpty() ? "" : "Origin: http://evil.example\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                        + body.length() + "\r\n") + "\r\n" + body).getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
                assertThat(head).as(request).doesNotContainIgnoringCase("evil.example");
                if (head.startsWith("HTTP/1.1 302")) {
                    assertThat(head).as(request).containsPattern("(?im)^Location: /");
                }
            }
        }
    }
}
