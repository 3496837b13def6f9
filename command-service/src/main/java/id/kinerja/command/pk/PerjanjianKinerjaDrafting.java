package id.kinerja.command.pk;

import id.kinerja.api.pk.DraftPerjanjianKinerja;
import id.kinerja.command.renstra.Renstra;
import id.kinerja.command.renstra.RenstraLookup;
import id.kinerja.command.shared.Aggregates;
import id.kinerja.command.shared.AlreadyExists;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import static id.kinerja.command.shared.RuleViolation.require;

/** Drafts a year's Perjanjian Kinerja from the perangkat daerah's Renstra covering that year. */
@Component
class PerjanjianKinerjaDrafting {

    private final Repository<PerjanjianKinerja> repository;
    private final RenstraLookup renstra;

    PerjanjianKinerjaDrafting(Repository<PerjanjianKinerja> repository, RenstraLookup renstra) {
        this.repository = repository;
        this.renstra = renstra;
    }

    @CommandHandler
    void handle(DraftPerjanjianKinerja command) throws Exception {
        require(command.renstra() != null, "required", "renstra", "Renstra acuan wajib diisi");
        require(command.renstra().opd().equals(command.pk().opd()), "renstra-other-opd", "renstra",
                "Renstra " + command.renstra() + " milik perangkat daerah lain");
        require(command.renstra().covers(command.pk().year()), "year-outside-period", "year",
                "tahun " + command.pk().year() + " di luar periode Renstra " + command.renstra().period());
        Renstra.Content content = renstra.content(command.renstra(), "renstra");
        if (Aggregates.exists(repository, command.pk())) {
            throw new AlreadyExists("year", "Perjanjian Kinerja " + command.pk() + " sudah ada");
        }
        repository.newInstance(() -> new PerjanjianKinerja(command, content));
    }
}
