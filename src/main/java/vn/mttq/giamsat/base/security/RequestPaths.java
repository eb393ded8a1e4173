package vn.mttq.giamsat.base.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/**
 * The path a request asks for, as the handlers that answer it see it: decoded ({@code /api/v1/indicator%73}
 * is {@code /api/v1/indicators}), without {@code ;parameters}, inside the application. Every filter that
 * decides by path uses this, never the raw request URI, so an encoded letter cannot walk past a rule
 * that the controller behind it would still match. (Encoded slashes, dots and doubled slashes are
 * refused before this by Spring Security's firewall.)
 */
public final class RequestPaths {

    private static final UrlPathHelper DECODED = UrlPathHelper.defaultInstance;

    private RequestPaths() {
    }

    public static String of(HttpServletRequest request) {
        return DECODED.getPathWithinApplication(request);
    }

    /** Whether the request is for {@code path} itself or anything below it. */
    public static boolean isUnder(HttpServletRequest request, String path) {
        String asked = of(request);
        return asked.equals(path) || asked.startsWith(path + "/");
    }
}
