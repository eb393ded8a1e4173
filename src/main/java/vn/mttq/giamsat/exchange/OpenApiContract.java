package vn.mttq.giamsat.exchange;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the published description say exactly what the API answers, so that a validating client
 * accepts every real answer (issue 23): a property is required unless its schema admits null (the
 * record component says so with {@code types = {"…", "null"}}); every operation documents its error
 * answers with the one error schema ({@code status}, {@code error} in Vietnamese, {@code errorEn}),
 * the calendar's 429 with its Retry-After header, and a {@code default} for anything else; the
 * public calendar operations declare {@code security: []}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiContract {

    static final String ERROR = "Error";
    private static final String JSON = "application/json";

    /** The error answers each operation can give, by path (any other status is the default answer). */
    private static final Map<String, Map<String, String>> ERRORS = Map.of(
            ExchangeApi.INDICATORS, Map.of("401", "Thiếu mã truy cập, mã sai, hết hạn hoặc bị thu hồi (missing, wrong, expired or revoked token)"),
            ExchangeApi.INDICATORS + "/values", Map.of("400", "Kỳ hoặc tham số không hợp lệ (bad period or parameter)",
                    "401", "Thiếu mã truy cập, mã sai, hết hạn hoặc bị thu hồi (missing, wrong, expired or revoked token)",
                    "403", "Đơn vị ngoài phạm vi của mã truy cập (unit outside the token's scope)",
                    "404", "Không có đơn vị với mã này (no unit with this code)"),
            ExchangeApi.REPORTS, Map.of("400", "Kỳ không hợp lệ (bad period)",
                    "401", "Thiếu mã truy cập, mã sai, hết hạn hoặc bị thu hồi (missing, wrong, expired or revoked token)"));
    private static final Set<String> PUBLIC = Set.of("/api/v1/calendar/");

    @Bean
    OpenApiCustomizer portalContract() {
        return openApi -> {
            errorSchema(openApi);
            openApi.getComponents().getSchemas().forEach((name, schema) -> requireNonNullable(schema));
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> document(path, method, op)));
        };
    }

    private static void errorSchema(OpenAPI openApi) {
        Schema<Object> error = new Schema<>();
        error.setTypes(Set.of("object"));
        error.setDescription("Lỗi (error): mã trạng thái HTTP, thông báo tiếng Việt và tiếng Anh");
        error.addProperty("status", typed("integer", "int32", "Mã trạng thái HTTP (HTTP status)"));
        error.addProperty("error", typed("string", null, "Thông báo tiếng Việt"));
        error.addProperty("errorEn", typed("string", null, "Message in English"));
        error.setRequired(List.of("status", "error", "errorEn"));
        openApi.getComponents().addSchemas(ERROR, error);
    }

    private static Schema<Object> typed(String type, String format, String description) {
        Schema<Object> s = new Schema<>();
        s.setTypes(Set.of(type));
        s.setFormat(format);
        s.setDescription(description);
        return s;
    }

    /** Every property that cannot be null is required; one that can says so in its type. */
    private static void requireNonNullable(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = new ArrayList<>();
        schema.getProperties().forEach((property, s) -> {
            if (s.getTypes() == null || !s.getTypes().contains("null")) {
                required.add(property);
            }
        });
        schema.setRequired(required);
    }

    private static void document(String path, PathItem.HttpMethod method, Operation op) {
        if (op.getSummary() == null || op.getSummary().isBlank()) {
            op.setSummary(op.getOperationId());
        }
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        boolean open = PUBLIC.stream().anyMatch(path::startsWith);
        Map<String, String> errors = new LinkedHashMap<>(ERRORS.getOrDefault(path, Map.of()));
        if (open) {
            errors.put("400", "Tham số thiếu hoặc không hợp lệ (missing or bad parameter)");
            op.setSecurity(new ArrayList<>()); // public: no token
        }
        errors.forEach((status, description) -> {
            ApiResponse r = responses.get(status) == null ? new ApiResponse() : responses.get(status);
            r.setDescription(description);
            r.setContent(errorContent());
            responses.addApiResponse(status, r);
        });
        if (open) {
            responses.addApiResponse("429", new ApiResponse().description("Quá nhiều yêu cầu từ một địa chỉ (too many requests); thử lại sau Retry-After giây")
                    .content(errorContent()).addHeaderObject("Retry-After", new Header().description("Số giây cần chờ (seconds to wait)")
                            .schema(typed("integer", null, "seconds"))));
        }
        responses.setDefault(new ApiResponse().description("Lỗi khác (other error), ví dụ 406 hoặc 500").content(errorContent()));
        op.setResponses(responses);
    }

    private static Content errorContent() {
        return new Content().addMediaType(JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR)));
    }
}
