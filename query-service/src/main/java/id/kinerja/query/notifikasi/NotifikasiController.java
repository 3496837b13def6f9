package id.kinerja.query.notifikasi;

import id.kinerja.query.pemda.Tenants;
import id.kinerja.web.AsOf;
import id.kinerja.web.TidakSah;
import id.kinerja.security.Pengguna;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** What awaits whom in a daerah: the caller's own notifications, or all of them with whom each is for. */
@Tag(name = "Notifikasi")
@RestController
public class NotifikasiController {

    private final Tenants tenants;
    private final NotifikasiQueries notifikasi;

    public NotifikasiController(Tenants tenants, NotifikasiQueries notifikasi) {
        this.tenants = tenants;
        this.notifikasi = notifikasi;
    }

    @Operation(summary = "Returned periods for the operator, submitted ones for the verifier, deadlines approaching "
            + "or passed — most urgent first")
    @GetMapping("/api/tenants/{tenant}/notifikasi")
    public List<Notifikasi> notifikasi(@PathVariable String tenant,
                                       @Parameter(description = "saya (default): the caller's own; semua: everyone's")
                                       @RequestParam(defaultValue = "saya") String untuk,
                                       @RequestParam(required = false) String asOf) {
        Instant at = AsOf.parse(asOf);
        tenants.require(tenant, at);
        List<Notifikasi> all = notifikasi.daerah(tenant, at);
        return switch (untuk) {
            case "semua" -> all;
            case "saya" -> {
                Pengguna user = Pengguna.sekarang().orElseThrow();
                yield all.stream().filter(n -> Penerima.bagi(n, user)).toList();
            }
            default -> throw new TidakSah("untuk", "untuk adalah 'saya' atau 'semua'");
        };
    }
}
