package vn.mttq.giamsat.exchange;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.security.RequestPaths;
import vn.mttq.giamsat.base.text.Texts;

/**
 * Guards the token-only part of the API ({@link ExchangeApi#PATHS}): without a token 401, with an
 * unknown, expired or revoked one 401 saying which, in Vietnamese and English. A valid token
 * signs the system in for this one request ({@link ApiCaller}); the call is logged either way,
 * with the status it got. Registered in the security chain by {@link ExchangeSecurity}.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ApiTokens tokens;
    /** This application's holder, the one its method security reads (not whichever the JVM's static holder points to). */
    private final SecurityContextHolderStrategy holder;

    ApiTokenFilter(ApiTokens tokens, SecurityContextHolderStrategy holder) {
        this.tokens = tokens;
        this.holder = holder;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ExchangeApi.PATHS.stream().noneMatch(p -> RequestPaths.isUnder(request, p));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.of(request);
        String header = Optional.ofNullable(request.getHeader("Authorization")).orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuse(request, response, null, path, "api.error.no-token");
            return;
        }
        Optional<ApiToken> token = tokens.find(header.substring(7).strip());
        if (token.isEmpty()) {
            refuse(request, response, null, path, "api.error.bad-token");
            return;
        }
        ApiToken t = token.get();
        if (t.getRevokedAt() != null) {
            refuse(request, response, t.getId(), path, "api.error.revoked");
            return;
        }
        if (!t.isValidOn(LocalDate.now(PortalFormats.VIETNAM))) {
            refuse(request, response, t.getId(), path, "api.error.expired");
            return;
        }
        SecurityContext previous = holder.getContext();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(new ApiCaller(t));
        holder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            holder.setContext(previous);
            tokens.logCall(t.getId(), request.getMethod(), path, response.getStatus());
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Long tokenId, String path, String key) throws IOException {
        tokens.logCall(tokenId, request.getMethod(), path, 401);
        write(response, 401, key);
    }

    static void write(HttpServletResponse response, int status, String key, Object... args) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/json");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"giamsat124\"");
        }
        response.getWriter().write(JSON.writeValueAsString(Map.of("status", status, "error", Texts.vi(key, args), "errorEn", Texts.en(key, args))));
    }
}
