package id.kinerja.portal.masuk;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where the browser lands after signing out, at the portal and at the issuer. */
@Controller
class KeluarController {

    @GetMapping("/keluar/selesai")
    String selesai() {
        return "keluar";
    }
}
