package id.kinerja.command.web;

import id.kinerja.web.Kaidah;
import id.kinerja.web.Masalah;
import id.kinerja.web.PenerjemahMasalah;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Axon's refusals as problems: a command to an aggregate that does not exist, a concurrent change. */
@Component
class AxonMasalah implements PenerjemahMasalah {

    @Override
    public Optional<Masalah> terjemahkan(Throwable e) {
        if (e instanceof AggregateNotFoundException notFound) {
            return Optional.of(PenerjemahMasalah.masalah(404, Kaidah.NOT_FOUND,
                    "'" + notFound.getAggregateIdentifier() + "' tidak ditemukan"));
        }
        if (e instanceof ConcurrencyException) {
            return Optional.of(PenerjemahMasalah.masalah(409, "concurrent-change",
                    "data ini baru saja diubah oleh permintaan lain; muat ulang lalu coba lagi"));
        }
        return Optional.empty();
    }
}
