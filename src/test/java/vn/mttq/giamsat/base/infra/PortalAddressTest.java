package vn.mttq.giamsat.base.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Issue 23: a deployment names its public address; the demo uses localhost; slips and mails take it from here. */
class PortalAddressTest {

    private static MockEnvironment external() {
        return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/giamsat124");
    }

    @Test
    void an_external_database_without_a_public_address_does_not_start() {
        assertThatThrownBy(() -> new PortalAddress("", 8080, external())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GIAMSAT_BASE_URL");
        assertThatThrownBy(() -> new PortalAddress("giamsat.example.vn", 8080, external())).hasMessageContaining("GIAMSAT_BASE_URL");
    }

    @Test
    void the_configured_address_names_the_pages_and_the_demo_uses_localhost() {
        assertThat(new PortalAddress("https://giamsat.mttq-hoabinh.vn/", 8080, external()).of("tra-cuu"))
                .isEqualTo("https://giamsat.mttq-hoabinh.vn/tra-cuu");
        assertThat(new PortalAddress("", 8080, new MockEnvironment()).of("/tra-cuu")).isEqualTo("http://localhost:8080/tra-cuu");
    }
}
