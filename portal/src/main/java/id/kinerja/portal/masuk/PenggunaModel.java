package id.kinerja.portal.masuk;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in, to offer the pages of their role. */
@ControllerAdvice
class PenggunaModel {

    @ModelAttribute("pengguna")
    Pengguna pengguna(@AuthenticationPrincipal OidcUser user) {
        return user == null ? null : Pengguna.dari(user);
    }
}
