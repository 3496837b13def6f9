package id.kinerja.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Puts who is acting and for which daerah into the log context of the request ({@code user}, {@code tenant}: the
 * daerah or province the path names, else the user's own), so that every log line of it — plain text locally, JSON
 * in the images (structured logging) — says so beside Micrometer Tracing's {@code traceId} and {@code spanId}.
 */
class KonteksLog implements HandlerInterceptor {

    static final String USER = "user";
    static final String TENANT = "tenant";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Pengguna.sekarang().ifPresent(user -> {
            MDC.put(USER, user.nama());
            String tenant = JalurDaerah.dari(request.getRequestURI()).map(JalurDaerah::kode).orElse(user.tenant());
            if (tenant != null) {
                MDC.put(TENANT, tenant);
            }
        });
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        MDC.remove(USER);
        MDC.remove(TENANT);
    }
}
