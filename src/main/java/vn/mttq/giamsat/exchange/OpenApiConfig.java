package vn.mttq.giamsat.exchange;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description the portal serves at /api/v1/openapi (springdoc), in Vietnamese with English beside it. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Cổng giám sát thực hiện Quy định 124-QĐ/TW – API trao đổi dữ liệu").version("v1")
                        .description("API chỉ đọc cho các hệ thống khác (nền tảng số của Mặt trận, Văn phòng Tỉnh ủy): danh mục và số liệu chỉ tiêu, "
                                + "tình hình báo cáo định kỳ; lịch ngày làm việc công khai. Chỉ tiêu và báo cáo cần mã truy cập do quản trị viên cấp "
                                + "(Authorization: Bearer …), có phạm vi đơn vị và thời hạn; mỗi lần gọi được ghi nhật ký. Lỗi trả JSON có "
                                + "error (tiếng Việt) và errorEn (English).\n\nRead-only API for other systems: indicator catalogue and values, "
                                + "periodic reports and their state, the public working-day calendar."))
                .components(new Components().addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").description("Mã truy cập do quản trị viên cấp tại Quản trị › Mã truy cập API")));
    }
}
