package id.kinerja.command.pk;

import id.kinerja.api.buktidukung.Berkas;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.command.buktidukung.BuktiDukungTercatat;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Function;

/**
 * Reads from a PK's events what forms and downloads need: its {@link Outline} for forms that help users write the
 * next commands, and which bukti dukung files belong to it.
 */
@Component
public class Outlines implements BuktiDukungTercatat {

    private final Repository<PerjanjianKinerja> repository;

    Outlines(Repository<PerjanjianKinerja> repository) {
        this.repository = repository;
    }

    /** The PK's outline; a PK that does not exist is the repository's AggregateNotFoundException (a 404). */
    public Outline of(PerjanjianKinerjaId pk) {
        return read(pk, PerjanjianKinerja::outline);
    }

    @Override
    public Optional<Berkas> buktiDukung(PerjanjianKinerjaId pk, String sha256) {
        return read(pk, state -> state.buktiDukung(sha256));
    }

    /** @throws org.axonframework.modelling.command.AggregateNotFoundException for a PK never drafted (a 404) */
    private <T> T read(PerjanjianKinerjaId pk, Function<PerjanjianKinerja, T> question) {
        ResultMessage<T> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(
                () -> repository.load(pk.toString()).invoke(question));
        if (result.isExceptional()) {
            throw result.exceptionResult() instanceof RuntimeException e ? e
                    : new IllegalStateException(result.exceptionResult());
        }
        return result.getPayload();
    }
}
