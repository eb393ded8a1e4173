package vn.mttq.giamsat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sign-in form cannot be posted from another site (login CSRF). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInProtectionIT {

    @LocalServerPort
    int port;

    private HttpResponse<String> postSignIn(String origin, String fetchSite) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=hoinongdan&password=Demo%40124"));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_sign_in_posted_from_a_foreign_site_is_refused_and_signs_nobody_in() throws Exception {
        HttpResponse<String> foreign = postSignIn("http://evil.example", "cross-site");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(foreign.body()).contains("Không có quyền");
        assertThat(postSignIn("null", null).statusCode()).isEqualTo(403);
    }

    @Test
    void the_portals_own_sign_in_page_still_signs_in() throws Exception {
        HttpResponse<String> own = postSignIn("http://localhost:" + port, "same-origin");
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }
}
