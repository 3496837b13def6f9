package id.kinerja.command.impor;

import id.kinerja.api.pemda.RegisterPemerintahDaerah;
import id.kinerja.api.pemda.RegisterPerangkatDaerah;
import id.kinerja.api.renstra.AddSasaranStrategis;
import id.kinerja.api.renstra.AddTujuan;
import id.kinerja.api.renstra.DeclareRenstra;
import id.kinerja.command.pemda.PemerintahDaerah;
import id.kinerja.command.renstra.Renstra;
import id.kinerja.command.shared.Aggregates;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Tells whether a registration step of an import is already done: the tenant, its OPD, the Renstra and its
 * tujuan and sasaran are shared by every planning year, so the second year's file reuses them.
 */
@Component
class ExistingRegistrations {

    private final Repository<PemerintahDaerah> pemda;
    private final Repository<Renstra> renstra;

    ExistingRegistrations(Repository<PemerintahDaerah> pemda, Repository<Renstra> renstra) {
        this.pemda = pemda;
        this.renstra = renstra;
    }

    boolean contains(Object command) {
        if (command instanceof RegisterPemerintahDaerah register) {
            return Aggregates.exists(pemda, register.tenant());
        }
        if (command instanceof RegisterPerangkatDaerah register) {
            return Aggregates.exists(pemda, register.tenant())
                    && pemda.load(register.tenant().toString()).invoke(p -> p.hasPerangkatDaerah(register.code()));
        }
        if (command instanceof DeclareRenstra declare) {
            return Aggregates.exists(renstra, declare.renstra());
        }
        if (command instanceof AddTujuan add) {
            return Aggregates.exists(renstra, add.renstra()) && renstra.load(add.renstra().toString())
                    .invoke(r -> r.content().tujuan().stream().anyMatch(t -> t.code().equals(add.tujuan().code())));
        }
        if (command instanceof AddSasaranStrategis add) {
            return Aggregates.exists(renstra, add.renstra()) && renstra.load(add.renstra().toString())
                    .invoke(r -> r.content().sasaran().stream().anyMatch(s -> s.code().equals(add.sasaran().code())));
        }
        throw new IllegalArgumentException("not a registration: " + command.getClass().getSimpleName());
    }
}
