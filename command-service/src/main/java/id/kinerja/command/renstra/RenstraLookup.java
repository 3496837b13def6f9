package id.kinerja.command.renstra;

import id.kinerja.api.renstra.RenstraId;
import id.kinerja.command.shared.RuleViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Reads a Renstra's content inside the handling of another command (drafting a Perjanjian Kinerja). */
@Component
public class RenstraLookup {

    private final Repository<Renstra> repository;

    RenstraLookup(Repository<Renstra> repository) {
        this.repository = repository;
    }

    public Renstra.Content content(RenstraId id, String field) {
        try {
            return repository.load(id.toString()).invoke(Renstra::content);
        } catch (AggregateNotFoundException notFound) {
            throw new RuleViolation("renstra-unknown", field, "Renstra " + id + " tidak ditemukan");
        }
    }
}
