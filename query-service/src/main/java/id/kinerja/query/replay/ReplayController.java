package id.kinerja.query.replay;

import id.kinerja.query.pemda.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
        return replay.start(null);
    }

    @Operation(summary = "Rebuild one tenant's read models from the start of the topic (runs in the background)")
    @PostMapping("/api/replay/{tenant}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ReplayStatus tenant(@PathVariable String tenant) {
        tenants.require(tenant, Instant.now());
        return replay.start(tenant);
    }

    @Operation(summary = "Progress of the current or last replay")
    @GetMapping("/api/replay/status")
    public ReplayStatus status() {
        return replay.status();
    }
}
