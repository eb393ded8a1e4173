package vn.mttq.giamsat.calendar;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.mttq.giamsat.base.text.Texts;

/**
 * Fixed one-minute windows per client address for the public calendar API, so that one caller
 * cannot starve the portal. Answers 429 with a Retry-After header past the limit.
 */
@Component
class ApiRateLimiter implements HandlerInterceptor {

    private record Window(long minute, AtomicInteger count) {
    }

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    ApiRateLimiter(@Value("${app.api.rate-limit-per-minute:120}") int perMinute) {
        this.perMinute = perMinute;
        this.clock = Clock.systemUTC();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        long nowMillis = clock.millis();
        long minute = nowMillis / 60_000;
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window window = windows.compute(request.getRemoteAddr(),
                (ip, w) -> w == null || w.minute() != minute ? new Window(minute, new AtomicInteger()) : w);
        if (window.count().incrementAndGet() <= perMinute) {
            return true;
        }
        long retryAfter = 60 - (nowMillis / 1000) % 60;
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(retryAfter));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":429,\"error\":\"" + Texts.vi("calendar.api.rate-limited", retryAfter)
                + "\",\"errorEn\":\"" + Texts.en("calendar.api.rate-limited", retryAfter) + "\"}");
        return false;
    }
}
