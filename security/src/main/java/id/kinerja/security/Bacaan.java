package id.kinerja.security;

import id.kinerja.web.Kaidah;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.function.Predicate;

/**
 * Reads of a daerah ({@code GET /api/tenants/{t}/…}) or of a province's roll-ups ({@code GET /api/provinsi/{p}/…})
 * pass only for users who may read it ({@link Pengguna#bolehMembaca}); in every service, before any controller.
 */
class Bacaan implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            return true;
        }
        String refusal = JalurDaerah.dari(request.getRequestURI()).map(jalur -> jalur.provinsi()
                ? allowed(user -> user.bolehMembacaProvinsi(jalur.kode()), "provinsi " + jalur.kode())
                : allowed(user -> user.bolehMembaca(jalur.kode()), "daerah " + jalur.kode())).orElse(null);
        if (refusal == null) {
            return true;
        }
        KinerjaSecurityConfiguration.problem(response, HttpStatus.FORBIDDEN, Kaidah.FORBIDDEN, refusal);
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
