package id.kinerja.command.pemda;

import id.kinerja.api.common.TenantId;
import id.kinerja.api.pemda.RegisterPemerintahDaerah;
import id.kinerja.command.shared.AlreadyExists;
import id.kinerja.command.shared.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import static id.kinerja.command.shared.Aggregates.exists;

/**
 * Registers tenants. A kabupaten or kota belongs to a province, which must be registered first: the province
 * sees its kabupaten/kota by their codes.
 */
@Component
class PemerintahDaerahRegistration {

    private final Repository<PemerintahDaerah> repository;

    PemerintahDaerahRegistration(Repository<PemerintahDaerah> repository) {
        this.repository = repository;
    }

    @CommandHandler
    void handle(RegisterPemerintahDaerah command) throws Exception {
        if (exists(repository, command.tenant())) {
            throw new AlreadyExists("code", "pemerintah daerah " + command.tenant() + " sudah terdaftar");
        }
        TenantId provinsi = command.tenant().provinsi();
        RuleViolation.require(command.tenant().isProvinsi() || exists(repository, provinsi), "provinsi-unregistered", "code",
                "provinsi " + provinsi + " belum terdaftar; daftarkan provinsinya lebih dulu");
        repository.newInstance(() -> new PemerintahDaerah(command));
    }
}
