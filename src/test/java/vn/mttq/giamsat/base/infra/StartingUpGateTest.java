package vn.mttq.giamsat.base.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 25: nobody reaches the sign-in page while the portal is still writing its first data. */
class StartingUpGateTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final jakarta.servlet.Filter gate = new StartingUpGate().startingUpFilter(availability).getFilter();

    private MockHttpServletResponse get(String path, AtomicBoolean passed) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                passed.set(true);
            }
        }));
        return response;
    }

    private void readiness(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(new StaticApplicationContext(), state));
    }

    @Test
    void pages_and_the_api_wait_until_the_portal_is_ready_and_health_answers_throughout() throws Exception {
        readiness(ReadinessState.REFUSING_TRAFFIC);
        AtomicBoolean passed = new AtomicBoolean();
        MockHttpServletResponse login = get("/login", passed);
        assertThat(passed).isFalse();
        assertThat(login.getStatus()).isEqualTo(503);
        assertThat(login.getHeader("Retry-After")).isEqualTo("2");
        assertThat(login.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("đang khởi động").contains("http-equiv=\"refresh\"");
        MockHttpServletResponse api = get("/api/v1/indicators", passed);
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/json");
        get("/actuator/health/readiness", passed);
        assertThat(passed).as("health passes while starting").isTrue();

        readiness(ReadinessState.ACCEPTING_TRAFFIC);
        passed.set(false);
        assertThat(get("/login", passed).getStatus()).isEqualTo(200);
        assertThat(passed).isTrue();
    }
}
