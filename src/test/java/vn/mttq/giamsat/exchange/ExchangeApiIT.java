package vn.mttq.giamsat.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.indicators.IndicatorService;
import vn.mttq.giamsat.periodicreports.PeriodicReportService;

/**
 * The open API over real HTTP, as the Front's national platform would call it: tokens refused
 * without, unknown, expired, revoked or outside their scope (in Vietnamese and English), the same
 * figures as the indicators' query service, the periodic reports' state, every call logged, and
 * the OpenAPI document listing the endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignIn.class)
class ExchangeApiIT {

    @LocalServerPort
    int port;
    @Autowired ApiTokens tokens;
    @Autowired IndicatorService indicators;
    @Autowired PeriodicReportService reports;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final LocalDate today = LocalDate.now(PortalFormats.VIETNAM);

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private ApiTokens.Issued issue(String name, String unitCode, LocalDate until) {
        signIn.as("admin");
        try {
            return tokens.issue(name, unit(unitCode), until);
        } finally {
            signIn.signOut();
        }
    }

    @Test
    void without_a_valid_token_the_api_answers_401_in_vietnamese_and_english() throws Exception {
        HttpResponse<String> none = get("/api/v1/indicators", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(none.body()).contains("\"error\":\"Thiếu mã truy cập", "\"errorEn\":\"No access token");
        assertThat(get("/api/v1/indicators", "gs124_khong-dung").statusCode()).isEqualTo(401);

        ApiTokens.Issued expiring = issue("Hệ thống thử hết hạn", "HB", today);
        assertThat(get("/api/v1/indicators", expiring.secret()).statusCode()).isEqualTo(200);
        jdbc.update("update api_token set expires_on = ? where id = ?", Date.valueOf(today.minusDays(1)), expiring.token().getId());
        HttpResponse<String> expired = get("/api/v1/indicators", expiring.secret());
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("hết hạn", "expired");

        ApiTokens.Issued revoked = issue("Hệ thống thử thu hồi", "HB", today.plusDays(30));
        assertThat(get("/api/v1/reports?period=2025-YEAR", revoked.secret()).statusCode()).isEqualTo(200);
        signIn.as("admin");
        tokens.revoke(revoked.token().getId());
        signIn.signOut();
        HttpResponse<String> gone = get("/api/v1/reports?period=2025-YEAR", revoked.secret());
        assertThat(gone.statusCode()).isEqualTo(401);
        assertThat(gone.body()).contains("thu hồi", "revoked");
        assertThat(jdbc.queryForObject("select count(*) from api_call where token_id = ?", Integer.class, revoked.token().getId())).isEqualTo(2);
        // only the hash is stored
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, revoked.secret())).isZero();
    }

    /** Issue 21, defects 8 and 9: an encoded letter in the path, and feeds asked for with ids that are none. */
    @Test
    void an_encoded_path_meets_the_token_check_and_a_feed_with_a_non_numeric_id_is_not_found() throws Exception {
        long before = jdbc.queryForObject("select count(*) from api_call where path = '/api/v1/indicators' and status = 401", Long.class);
        HttpResponse<String> encoded = get("/api/v1/indicator%73", null);
        assertThat(encoded.statusCode()).isEqualTo(401);
        assertThat(encoded.body()).contains("\"errorEn\":\"No access token");
        assertThat(get("/api/v1/%69ndicators/values?period=2026-HALF_YEAR", null).statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from api_call where path = '/api/v1/indicators' and status = 401", Long.class))
                .as("the refused call is logged under the path it asked for").isEqualTo(before + 1);
        ApiTokens.Issued token = issue("Hệ thống thử kỳ ngoài năm", "HB", today.plusDays(1));
        for (String period : List.of("1989-YEAR", "2101-HALF_YEAR", "0000-YEAR")) {
            HttpResponse<String> outside = get("/api/v1/indicators/values?period=" + period, token.secret());
            assertThat(outside.statusCode()).as(period).isEqualTo(400);
            assertThat(outside.body()).contains("1990", "2100");
        }
        for (String feed : List.of("giam-sat", "tap-huan")) {
            for (String id : List.of("x", "12345678901234567890", "-1")) {
                HttpResponse<String> answer = get("/api/v1/feeds/" + feed + "/" + id + ".ics?key=a", null);
                assertThat(answer.statusCode()).as(feed + "/" + id).isEqualTo(404);
                assertThat(answer.body()).doesNotContain("Exception");
            }
        }
    }

    @Test
    void a_province_token_reads_the_same_figures_as_the_indicator_service_and_the_reports_state() throws Exception {
        ApiTokens.Issued token = issue("Nền tảng số Mặt trận (thử)", "HB", today.plusDays(90));
        HttpResponse<String> catalogue = get("/api/v1/indicators", token.secret());
        assertThat(catalogue.body()).contains("\"code\":\"cases.received\"", "\"nameEn\":\"Comments, reports, petitions and denunciations received\"");
        signIn.as("lanhdao");
        var half = reports.lastEnded();
        long expected = indicators.subtree(unit("HB-LS"), half.from(), half.to()).get("supervision.activities");
        long cases = indicators.subtree(unit("HB"), half.from(), half.to()).get("cases.received");
        signIn.signOut();
        HttpResponse<String> values = get("/api/v1/indicators/values?unit=HB-LS&period=" + half.code(), token.secret());
        assertThat(values.statusCode()).isEqualTo(200);
        assertThat(values.body()).contains("\"code\":\"HB-LS\"", "\"supervision.activities\":" + expected);
        assertThat(get("/api/v1/indicators/values?period=" + half.code(), token.secret()).body())
                .contains("\"name\":\"Ủy ban MTTQ Việt Nam tỉnh Hòa Bình\"", "\"cases.received\":" + cases);
        assertThat(get("/api/v1/indicators/values?unit=HB-KHONG&period=" + half.code(), token.secret()).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/indicators/values?unit=HB-LS&period=2026-QUY", token.secret()).statusCode()).isEqualTo(400);
        HttpResponse<String> states = get("/api/v1/reports?period=" + half.code(), token.secret());
        assertThat(states.statusCode()).isEqualTo(200);
        assertThat(states.body()).contains("\"code\":\"HB-MC\"", "\"status\":\"RETURNED\"", "\"code\":\"HB-LSN\"", "\"status\":\"MISSING\"");
    }

    @Test
    void a_district_token_reads_its_subtree_only() throws Exception {
        ApiTokens.Issued token = issue("Văn phòng Huyện ủy Lương Sơn (thử)", "HB-LS", today.plusDays(30));
        assertThat(get("/api/v1/indicators/values?unit=HB-LS-2&period=2025-YEAR", token.secret()).statusCode()).isEqualTo(200);
        HttpResponse<String> outside = get("/api/v1/indicators/values?unit=HB-KB&period=2025-YEAR", token.secret());
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("ngoài phạm vi", "outside");
        assertThat(get("/api/v1/indicators/values?unit=HB&period=2025-YEAR", token.secret()).statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForList("select status from api_call where token_id = ? order by id", Integer.class, token.token().getId()))
                .containsExactly(200, 403, 403);
    }

    @Test
    void the_openapi_document_lists_the_endpoints_with_vietnamese_descriptions() throws Exception {
        HttpResponse<String> doc = get("/api/v1/openapi", null);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("\"/api/v1/indicators\"", "\"/api/v1/indicators/values\"", "\"/api/v1/reports\"",
                "\"/api/v1/calendar/due-date\"", "Danh mục chỉ tiêu", "bearer");
    }
}
