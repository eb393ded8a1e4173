package vn.mttq.giamsat.exchange.demo;

import vn.mttq.giamsat.exchange.ApiTokens;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.organisation.demo.DemoProvinceSeeded;

/** The demo's read-only API token for the whole province, printed with the demo accounts (its secret is kept nowhere else). */
@Component
class DemoApiToken {

    private static final Logger log = LoggerFactory.getLogger(DemoApiToken.class);
    private final ApiTokens tokens;

    DemoApiToken(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @EventListener
    @Order(95)
    void on(DemoProvinceSeeded seeded) {
        Long province = seeded.unitIdsByCode().get("HB");
        if (province == null) {
            return;
        }
        LocalDate until = LocalDate.now(PortalFormats.VIETNAM).plusDays(ApiTokens.MAX_DAYS - 1);
        ApiTokens.Issued demo = tokens.issueWhileSeeding("Demo: toàn tỉnh, chỉ đọc", province, until);
        log.info("\n=== Mã truy cập API demo (demo API token), toàn tỉnh, đến {}: ===\n  Authorization: Bearer {}\n"
                + "  Tài liệu API (OpenAPI): /api/v1/openapi\n", PortalFormats.date(until), demo.secret());
    }
}
