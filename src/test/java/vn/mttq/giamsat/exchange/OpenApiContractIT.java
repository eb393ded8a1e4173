package vn.mttq.giamsat.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.text.PortalFormats;

/**
 * Issue 23: every live answer of every operation, success and each error, validates against the
 * published description with a JSON Schema validator the project did not write (networknt, draft
 * 2020-12 as OpenAPI 3.1 uses), and the description keeps the rules a linter's recommended set checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignIn.class)
class OpenApiContractIT {

    @LocalServerPort int port;
    @Autowired ApiTokens tokens;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final LocalDate today = LocalDate.now(PortalFormats.VIETNAM);

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private HttpResponse<String> get(String path, String token, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String unitCode) {
        signIn.as("admin");
        try {
            long unit = jdbc.queryForObject("select id from unit where code = ?", Long.class, unitCode);
            return tokens.issue("Kiểm tra hợp đồng API " + unitCode + " " + System.nanoTime(), unit, today.plusDays(2)).secret();
        } finally {
            signIn.signOut();
        }
    }

    /** The body validated against the schema the description gives for this operation and status (or its default). */
    private List<String> problems(JsonNode doc, String template, HttpResponse<String> answer) {
        return problems(doc, template, answer.statusCode(), answer.body());
    }

    private List<String> problems(JsonNode doc, String template, int code, String body) {
        JsonNode responses = doc.path("paths").path(template).path("get").path("responses");
        String status = String.valueOf(code);
        String key = responses.has(status) ? status : "default";
        assertThat(responses.has(key)).as(template + " documents " + status).isTrue();
        JsonNode media = responses.path(key).path("content").path("application/json");
        assertThat(media.isMissingNode()).as(template + " " + status + " has a JSON schema").isFalse();
        ObjectNode root = (ObjectNode) doc.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/paths/" + template.replace("~", "~0").replace("/", "~1") + "/get/responses/" + key
                + "/content/application~1json/schema");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(json.readTree(body))) {
            out.add(template + " " + status + ": " + e);
        }
        return out;
    }

    @Test
    void every_answer_of_every_operation_validates_against_the_published_description() throws Exception {
        JsonNode doc = json.readTree(get("/api/v1/openapi", null, "application/json").body());
        String province = token("HB");
        String district = token("HB-LS");
        String half = jdbc.queryForObject("select concat(period_year, '-', period_kind) from periodic_report where period_kind = 'HALF_YEAR' "
                + "order by period_year desc, period_from desc limit 1", String.class);
        record Call(String template, String path, String token, int status) {
        }
        List<Call> calls = List.of(
                new Call("/api/v1/indicators", "/api/v1/indicators", province, 200),
                new Call("/api/v1/indicators", "/api/v1/indicators", null, 401),
                new Call("/api/v1/indicators/values", "/api/v1/indicators/values?period=" + half, province, 200),
                new Call("/api/v1/indicators/values", "/api/v1/indicators/values?period=2026-QUY", province, 400),
                new Call("/api/v1/indicators/values", "/api/v1/indicators/values?period=" + half, "gs124_sai", 401),
                new Call("/api/v1/indicators/values", "/api/v1/indicators/values?unit=HB-KB&period=" + half, district, 403),
                new Call("/api/v1/indicators/values", "/api/v1/indicators/values?unit=HB-KHONG&period=" + half, province, 404),
                new Call("/api/v1/reports", "/api/v1/reports?period=" + half, province, 200),
                new Call("/api/v1/reports", "/api/v1/reports", province, 400),
                new Call("/api/v1/reports", "/api/v1/reports?period=" + half, null, 401),
                new Call("/api/v1/calendar/due-date", "/api/v1/calendar/due-date?from=2026-11-02&workingDays=20", null, 200),
                new Call("/api/v1/calendar/due-date", "/api/v1/calendar/due-date?from=2026-11-02", null, 400),
                new Call("/api/v1/calendar/days-off", "/api/v1/calendar/days-off?year=2026", null, 200),
                new Call("/api/v1/calendar/days-off", "/api/v1/calendar/days-off?year=x", null, 400));
        List<String> problems = new ArrayList<>();
        for (Call c : calls) {
            HttpResponse<String> answer = get(c.path(), c.token(), "application/json");
            assertThat(answer.statusCode()).as(c.path()).isEqualTo(c.status());
            problems.addAll(problems(doc, c.template(), answer));
        }
        HttpResponse<String> reports = get("/api/v1/reports?period=" + half, province, "application/json");
        assertThat(reports.body()).as("the missing and unissued reports answer null, which the schema admits").contains("null");
        HttpResponse<String> notAcceptable = get("/api/v1/reports?period=" + half, province, "text/csv");
        assertThat(notAcceptable.statusCode()).isEqualTo(406);
        problems.addAll(problems(doc, "/api/v1/reports", notAcceptable));
        assertThat(problems).isEmpty();
        // the validator does refuse what the description does not allow
        assertThat(problems(doc, "/api/v1/indicators", 401, "{\"status\":\"401\",\"error\":\"x\"}")).hasSize(2);
        assertThat(problems(doc, "/api/v1/reports", 200, "[{\"unit\":null}]")).isNotEmpty();
    }

    /** What a linter's recommended rules ask of each operation. */
    @Test
    void the_description_keeps_the_recommended_rules() throws Exception {
        JsonNode doc = json.readTree(get("/api/v1/openapi", null, "application/json").body());
        assertThat(doc.path("openapi").asString()).startsWith("3.1");
        assertThat(doc.path("info").path("title").asString()).isNotBlank();
        Set<String> ids = new HashSet<>();
        List<String> broken = new ArrayList<>();
        for (var path : doc.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                JsonNode op = method.getValue();
                String where = method.getKey() + " " + path.getKey();
                if (op.path("summary").asString("").isBlank()) broken.add(where + ": no summary");
                if (!ids.add(op.path("operationId").asString(""))) broken.add(where + ": operationId not unique");
                if (op.path("tags").isEmpty()) broken.add(where + ": no tag");
                if (!op.has("security")) broken.add(where + ": security not declared");
                boolean publicOp = path.getKey().startsWith("/api/v1/calendar/");
                if (publicOp != op.path("security").isEmpty()) broken.add(where + ": security " + op.path("security"));
                for (JsonNode p : op.path("parameters")) {
                    if (p.path("description").asString("").isBlank()) broken.add(where + ": parameter without description");
                }
                if (!op.path("responses").has("default")) broken.add(where + ": no default (error) answer");
                for (var r : op.path("responses").properties()) {
                    if (r.getValue().path("description").asString("").isBlank()) broken.add(where + " " + r.getKey() + ": no description");
                    if (!r.getKey().startsWith("2") && !r.getValue().path("content").path("application/json").path("schema").path("$ref")
                            .asString("").endsWith("/Error")) {
                        broken.add(where + " " + r.getKey() + ": error answer without the error schema");
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(doc.path("paths").path("/api/v1/reports").path("get").path("parameters").get(0).path("required").asBoolean()).isTrue();
        assertThat(doc.path("paths").path("/api/v1/calendar/days-off").path("get").path("responses").path("429").path("headers")
                .has("Retry-After")).isTrue();
    }
}
