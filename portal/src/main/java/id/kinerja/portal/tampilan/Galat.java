package id.kinerja.portal.tampilan;

import id.kinerja.portal.layanan.LayananTidakTersedia;
import id.kinerja.portal.layanan.Penolakan;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import id.kinerja.portal.masuk.Pengguna;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal that no form field can show — no access, nothing there, a service down — becomes a page that says so in
 * Indonesian, with the status the service gave. No stack trace ever reaches the browser.
 */
@ControllerAdvice
class Galat {

    private static final Logger log = LoggerFactory.getLogger(Galat.class);

    @ExceptionHandler(Penolakan.class)
    String refused(Penolakan refusal, HttpServletResponse response, Model model) {
        signedIn(model);
        response.setStatus(refusal.status());
        model.addAttribute("status", refusal.status());
        model.addAttribute("judulGalat", switch (refusal.status()) {
            case 401, 403 -> "Tidak berwenang";
            case 404 -> "Tidak ditemukan";
            default -> "Permintaan ditolak";
        });
        model.addAttribute("pesan", refusal.status() == 403
                ? "Anda tidak berwenang membuka halaman ini. Setiap pengguna hanya melihat data daerah dan perangkat "
                + "daerahnya sendiri (atau yang diberikan kepadanya)." : refusal.detail());
        return "galat";
    }

    @ExceptionHandler(LayananTidakTersedia.class)
    String unavailable(LayananTidakTersedia e, HttpServletResponse response, Model model) {
        signedIn(model);
        log.warn("a service did not answer: {}", e.getMessage());
        response.setStatus(503);
        model.addAttribute("status", 503);
        model.addAttribute("judulGalat", "Layanan tidak tersedia");
        model.addAttribute("pesan", "Layanan platform (" + e.getMessage()
                + ") sedang tidak menjawab. Coba lagi sebentar lagi; tidak ada yang diubah.");
        return "galat";
    }

    /** An error page keeps the menu of the signed-in user (model attributes of the advice do not reach it). */
    private static void signedIn(Model model) {
        if (SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof OidcUser user) {
            model.addAttribute("pengguna", Pengguna.dari(user));
        }
    }

    /** Handled by the OAuth2 filter (a new sign-in), so let it through. */
    @ExceptionHandler(ClientAuthorizationRequiredException.class)
    void signInAgain(ClientAuthorizationRequiredException e) {
        throw e;
    }
}
