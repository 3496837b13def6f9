package id.kinerja.command.integrity;

import id.kinerja.command.web.Paths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Integritas", description = "Tamper evidence: each tenant's events form a hash chain")
class IntegrityController {

    private final IntegrityCheck check;

    IntegrityController(IntegrityCheck check) {
        this.check = check;
    }

    @GetMapping("/api/tenants/{tenant}/integritas")
    @Operation(summary = "Verify a tenant's event hash chain and its bukti dukung files; names the first broken link "
            + "and every altered file")
    ChainReport verify(@PathVariable String tenant) {
        return check.verify(Paths.tenant(tenant));
    }
}
