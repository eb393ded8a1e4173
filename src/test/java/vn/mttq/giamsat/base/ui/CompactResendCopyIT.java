package vn.mttq.giamsat.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import vn.mttq.giamsat.VaadinWire;

/**
 * A browser that never got an answer sends its message again and must get that same answer: the
 * copy Vaadin keeps, now kept compact, still is it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompactResendCopyIT {

    @LocalServerPort
    int port;

    @Test
    void a_repeated_message_gets_the_same_answer_from_the_compact_copy() throws Exception {
        VaadinWire browser = new VaadinWire(port, "resend");
        assertThat(browser.signIn("luongson", "Demo@124")).isTrue();
        assertThat(browser.open()).isTrue();
        HttpResponse<String> cases = browser.navigate("phan-anh", "");
        assertThat(cases.statusCode()).isEqualTo(200);
        assertThat(cases.body()).contains("Phản ánh");

        HttpResponse<String> again = browser.resend();

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).as("the kept copy, with the letters outside Latin-1 escaped").contains("\\u1ea3").doesNotContain("ả");
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(again.body())).as("the same answer").isEqualTo(json.readTree(cases.body()));
        assertThat(browser.navigate("giam-sat", "").body()).as("the UI goes on after the repeat").contains("Giám sát");
    }
}
