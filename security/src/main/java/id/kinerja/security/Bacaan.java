package id.kinerja.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads of a daerah ({@code GET /api/tenants/{t}/…}) or of a province's roll-ups ({@code GET /api/provinsi/{p}/…})
 * pass only for users who may read it ({@link Pengguna#bolehMembaca}); in every service, before any controller.
 */
class Bacaan implements HandlerInterceptor {

    private static final Pattern TENANT = Pattern.compile("^/api/tenants/([^/]+)(/.*)?$");
    private static final Pattern PROVINSI = Pattern.compile("^/api/provinsi/([^/]+)(/.*)?$");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            return true;
        }
        String path = request.getRequestURI();
        Matcher tenant = TENANT.matcher(path);
        Matcher provinsi = PROVINSI.matcher(path);
        String refusal = null;
        if (tenant.matches()) {
            refusal = allowed(user -> user.bolehMembaca(tenant.group(1)), "daerah " + tenant.group(1));
        } else if (provinsi.matches()) {
            refusal = allowed(user -> user.bolehMembacaProvinsi(provinsi.group(1)), "provinsi " + provinsi.group(1));
        }
        if (refusal == null) {
            return true;
        }
        KinerjaSecurityConfiguration.problem(response, HttpStatus.FORBIDDEN, "forbidden", refusal);
        return false;
    }

    private static String allowed(Predicate<Pengguna> rule, String what) {
        Pengguna user = Pengguna.sekarang().orElse(null);
        if (user != null && rule.test(user)) {
            return null;
        }
        return "pengguna " + (user == null ? "tanpa nama" : user.nama()) + " tidak berwenang membaca data " + what;
    }
}
