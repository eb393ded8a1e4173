package vn.mttq.giamsat.signin;

import static org.assertj.core.api.Assertions.assertThat;

import idp.TestIdentityProvider;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.mttq.giamsat.BrowserJourney;

/**
 * Single sign-on in Chromium against a real OpenID Connect provider started beside the portal
 * (Spring Authorization Server, {@link TestIdentityProvider}): a person with a portal account
 * signs in through the provider and lands on their home page; a person without one is sent
 * back to the sign-in page with the reason, and no account is made for them. The provider runs on
 * 127.0.0.1 and the portal on localhost, so that their session cookies stay apart, as on two hosts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class SingleSignOnIT extends BrowserJourney {

    private static final int PORTAL_PORT = freePort();
    private static final int IDP_PORT = freePort();
    private static ConfigurableApplicationContext provider;

    @Autowired JdbcTemplate jdbc;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        if (provider == null) {
            provider = TestIdentityProvider.start(IDP_PORT, "http://localhost:" + PORTAL_PORT);
        }
        registry.add("server.port", () -> PORTAL_PORT);
        registry.add("spring.security.oauth2.client.registration.tinh.client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add("spring.security.oauth2.client.registration.tinh.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add("spring.security.oauth2.client.registration.tinh.scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider.tinh.issuer-uri", () -> "http://127.0.0.1:" + IDP_PORT);
        registry.add("app.security.oidc.registration", () -> "tinh");
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void throughTheProvider(String username) {
        open("login");
        waiting().until(d -> d.findElement(By.id("sign-in-sso"))).click();
        waiting().until(d -> d.getCurrentUrl().contains("127.0.0.1:" + IDP_PORT + "/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    @Test
    void a_known_person_signs_in_through_the_provider_and_an_unknown_one_is_refused() throws Exception {
        throughTheProvider("nguoi.la");
        waitForText("Không đăng nhập được qua SSO");
        assertThat(driver.getCurrentUrl()).contains("localhost:" + PORTAL_PORT + "/login");
        screenshot("sso-refused");
        assertThat(jdbc.queryForObject("select count(*) from account where username = 'nguoi.la'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'SSO_REFUSED' and actor = 'nguoi.la'", Integer.class))
                .isEqualTo(1);

        driver.get("http://127.0.0.1:" + IDP_PORT + "/"); // sign out of the provider: forget its cookie
        driver.manage().deleteAllCookies();
        throughTheProvider("lanhdao");
        waitForText("Nguyễn Thị Hồng Vân");
        assertThat(driver.getCurrentUrl()).startsWith("http://localhost:" + PORTAL_PORT + "/").doesNotContain("login");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'SIGNED_IN_SSO' and actor = 'lanhdao'", Integer.class))
                .isEqualTo(1);
        screenshot("sso-home");
    }
}
