package id.kinerja.command.pemda;

import id.kinerja.api.common.OpdId;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.api.pemda.RegisterPemerintahDaerah;
import id.kinerja.api.pemda.RegisterPerangkatDaerah;
import id.kinerja.command.web.Commands;
import id.kinerja.command.web.Paths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/tenants")
@Tag(name = "Pemerintah daerah", description = "Tenants (provinsi, kabupaten, kota) and their perangkat daerah")
class PemerintahDaerahController {

    /** @param code the Kemendagri code: 51 for Bali, 51.03 for Kabupaten Badung */
    record Registration(@NotBlank String code, @NotBlank String name, @NotNull JenisDaerah jenis) {
    }

    record PerangkatDaerahRegistration(@NotBlank String code, @NotBlank String name) {
    }

    private final Commands commands;

    PemerintahDaerahController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Register a pemerintah daerah (a province before its kabupaten/kota)")
    ResponseEntity<Void> register(@Valid @RequestBody Registration body, HttpServletRequest request) {
        TenantId tenant = Paths.tenant(body.code(), "code");
        commands.send(request, tenant, new RegisterPemerintahDaerah(tenant, body.name(), body.jenis()));
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant)).build();
    }

    @PostMapping("/{tenant}/opd")
    @Operation(summary = "Register a perangkat daerah (OPD) of the pemerintah daerah")
    ResponseEntity<Void> registerPerangkatDaerah(@PathVariable String tenant,
                                                 @Valid @RequestBody PerangkatDaerahRegistration body,
                                                 HttpServletRequest request) {
        TenantId tenantId = Paths.tenant(tenant);
        commands.send(request, tenantId, new RegisterPerangkatDaerah(tenantId, body.code(), body.name()));
        return ResponseEntity.created(Paths.uri(new OpdId(tenantId, body.code()))).build();
    }
}
