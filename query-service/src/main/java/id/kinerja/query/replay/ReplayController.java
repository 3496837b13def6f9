package id.kinerja.query.replay;

import id.kinerja.query.pemda.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import id.kinerja.security.AksesDitolak;
import id.kinerja.security.Pengguna;
import id.kinerja.security.Peran;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** Operator endpoints: rebuild read models from the start of the topic and watch the progress. */
@Tag(name = "Replay")
@RestController
public class ReplayController {

    private final ReplayService replay;
    private final Tenants tenants;

    public ReplayController(ReplayService replay, Tenants tenants) {
        this.replay = replay;
        this.tenants = tenants;
    }

    @Operation(summary = "Rebuild every tenant's read models from the start of the topic (runs in the background)")
    @PostMapping("/api/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ReplayStatus all() {
        Pengguna user = Pengguna.sekarang().orElseThrow();
        if (!user.punya(Peran.ADMIN_PLATFORM)) {
            throw new AksesDitolak("membangun ulang semua daerah hanya untuk ADMIN_PLATFORM");
        }
        return replay.start(null);
    }

    @Operation(summary = "Rebuild one tenant's read models from the start of the topic (runs in the background)")
    @PostMapping("/api/replay/{tenant}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ReplayStatus tenant(@PathVariable String tenant) {
        Pengguna user = Pengguna.sekarang().orElseThrow();
        if (!user.punya(Peran.ADMIN_PLATFORM) && !(user.punya(Peran.AUDITOR) && user.bolehMembaca(tenant))) {
            throw new AksesDitolak("membangun ulang daerah " + tenant + " hanya untuk auditor daerah itu atau "
                    + "ADMIN_PLATFORM");
        }
        tenants.require(tenant, Instant.now());
        return replay.start(tenant);
    }

    @Operation(summary = "Progress of the current or last replay")
    @GetMapping("/api/replay/status")
    public ReplayStatus status() {
        return replay.status();
    }
}
