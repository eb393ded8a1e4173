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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Password spraying from one address: after more than ten different account names failed from it
 * within the window, even a right password from that address is refused before it is checked,
 * and the sign-in page says why; the address is stored only as a keyed hash.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInThrottleIT {

    @LocalServerPort
    int port;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @AfterEach
    void forget() {
        // the other journeys sign in from the same address, and use the demo accounts
        jdbc.update("delete from login_failure where address_key is not null");
        jdbc.update("update account set locked_until = null where username in ('dcpl', 'hoinongdan')");
    }

    @Test
    void many_account_names_failing_from_one_address_pause_its_sign_ins() throws Exception {
        jdbc.update("delete from login_failure where address_key is not null");
        for (int i = 0; i < 11; i++) {
            HttpResponse<String> wrong = signIn("khong-co-" + i, "Sai@12345");
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
        }
        HttpResponse<String> right = signIn("lanhdao", "Demo@124");
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("throttled"));
        assertThat(right.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID")); // no session was made
        assertThat(jdbc.queryForList("select distinct address_key from login_failure where address_key is not null", String.class))
                .hasSize(1).allSatisfy(k -> assertThat(k).doesNotContain("127.0.0.1"));
        forget();
        assertThat(signIn("lanhdao", "Demo@124").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    /** Issue 21, defect 5: locking accounts used to wipe what their address had tried. */
    @Test
    void accounts_locked_from_one_address_still_count_toward_pausing_that_address() throws Exception {
        forget();
        for (String account : new String[] {"dcpl", "hoinongdan"}) {
            for (int i = 0; i < 5; i++) {
                signIn(account, "Sai@12345");
            }
            assertThat(jdbc.queryForObject("select locked_until is not null from account where username = ?", Boolean.class, account))
                    .as(account + " locked").isTrue();
            // trying on while it is locked still counts for the address
            signIn(account, "Sai@12345");
        }
        for (int i = 0; i < 9; i++) {
            signIn("khong-co-" + i, "Sai@12345");
        }
        assertThat(jdbc.queryForObject("select count(distinct username) from login_failure where address_key is not null", Long.class))
                .as("names the address tried, the locked accounts among them").isEqualTo(11);
        HttpResponse<String> right = signIn("lanhdao", "Demo@124");
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("throttled"));
    }
}
