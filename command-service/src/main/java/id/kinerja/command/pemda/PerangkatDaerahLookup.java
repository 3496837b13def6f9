package id.kinerja.command.pemda;

import id.kinerja.api.common.OpdId;
import id.kinerja.command.shared.RuleViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Lets other capabilities check, inside their command handling, that a perangkat daerah is registered. */
@Component
public class PerangkatDaerahLookup {

    private final Repository<PemerintahDaerah> repository;

    PerangkatDaerahLookup(Repository<PemerintahDaerah> repository) {
        this.repository = repository;
    }

    public void requireRegistered(OpdId opd, String field) {
        boolean registered;
        try {
            registered = repository.load(opd.tenant().toString()).invoke(p -> p.hasPerangkatDaerah(opd.code()));
        } catch (AggregateNotFoundException notFound) {
            throw new RuleViolation("tenant-unregistered", field, "pemerintah daerah " + opd.tenant() + " belum terdaftar");
        }
        RuleViolation.require(registered, "opd-unregistered", field,
                "perangkat daerah '" + opd.code() + "' belum terdaftar di " + opd.tenant());
    }
}
