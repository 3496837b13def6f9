package id.kinerja.command.renstra;

import id.kinerja.api.renstra.DeclareRenstra;
import id.kinerja.command.pemda.PerangkatDaerahLookup;
import id.kinerja.command.shared.Aggregates;
import id.kinerja.command.shared.AlreadyExists;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Declares a Renstra for a registered perangkat daerah. */
@Component
class RenstraDeclaration {

    private final Repository<Renstra> repository;
    private final PerangkatDaerahLookup perangkatDaerah;

    RenstraDeclaration(Repository<Renstra> repository, PerangkatDaerahLookup perangkatDaerah) {
        this.repository = repository;
        this.perangkatDaerah = perangkatDaerah;
    }

    @CommandHandler
    void handle(DeclareRenstra command) throws Exception {
        perangkatDaerah.requireRegistered(command.renstra().opd(), "opd");
        if (Aggregates.exists(repository, command.renstra())) {
            throw new AlreadyExists("firstYear", "Renstra " + command.renstra() + " sudah ada");
        }
        repository.newInstance(() -> new Renstra(command));
    }
}
