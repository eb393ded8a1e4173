package vn.mttq.giamsat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.signin.Sessions;

/**
 * Over HTTP, as a browser: signing in gives a new session id (the one from before the sign-in is
 * worthless: session fixation); the session is listed; when an administrator ends all sessions
 * of the account, the next page of that browser is the sign-in page saying so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignIn.class)
class SessionsIT {

    @LocalServerPort
    int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired Sessions sessions;
    @Autowired SignIn signIn;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
                .map(c -> c.substring(0, c.indexOf(';'))).orElseThrow();
    }

    @Test
    void a_sign_in_gets_a_new_session_id_and_an_ended_session_is_closed_at_its_next_request() throws Exception {
        String before = sessionCookie(get("/login", null));
        String form = "username=" + URLEncoder.encode("lanhdao", StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode("Demo@124", StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", before)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String after = sessionCookie(signedIn);
        assertThat(after).as("session fixation: a new id after the sign-in").isNotEqualTo(before);
        assertThat(get("/", before).statusCode()).as("the old id opens nothing").isEqualTo(302);

        assertThat(get("/", after).statusCode()).isEqualTo(200);
        long account = jdbc.queryForObject("select id from account where username = 'lanhdao'", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from account_session where account_id = ? and ended_at is null and session_key = sha2(?, 256)",
                Integer.class, account, after.substring("JSESSIONID=".length()))).isEqualTo(1);

        signIn.as("admin");
        assertThat(sessions.endAll(account)).isPositive();
        Thread.sleep(5_200); // the node looks again at most every five seconds
        HttpResponse<String> ended = get("/", after);
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?ended"));
        assertThat(get("/", after).statusCode()).as("the session is gone").isEqualTo(302);
    }
}
