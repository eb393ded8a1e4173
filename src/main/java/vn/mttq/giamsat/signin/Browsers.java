package vn.mttq.giamsat.signin;

import org.jspecify.annotations.Nullable;

/** "Chrome trên Windows": enough to tell one's own devices apart, without keeping the whole User-Agent. */
final class Browsers {

    private Browsers() {
    }

    static String describe(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "?";
        }
        String browser = userAgent.contains("Edg/") ? "Edge" : userAgent.contains("Firefox/") ? "Firefox"
                : userAgent.contains("Chrome/") || userAgent.contains("Chromium/") ? "Chrome"
                : userAgent.contains("Safari/") ? "Safari" : "Trình duyệt khác";
        String system = userAgent.contains("Windows") ? "Windows" : userAgent.contains("Android") ? "Android"
                : userAgent.contains("iPhone") || userAgent.contains("iPad") ? "iOS" : userAgent.contains("Mac OS") ? "macOS"
                : userAgent.contains("Linux") ? "Linux" : "?";
        return browser + " / " + system;
    }
}
