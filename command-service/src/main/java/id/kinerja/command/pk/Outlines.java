package id.kinerja.command.pk;

import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Reads a PK's {@link Outline} from its events, for forms that help users write the next commands. */
@Component
public class Outlines {

    private final Repository<PerjanjianKinerja> repository;

    Outlines(Repository<PerjanjianKinerja> repository) {
        this.repository = repository;
    }

    public Outline of(PerjanjianKinerjaId pk) {
        try {
            return DefaultUnitOfWork.startAndGet(null).executeWithResult(
                    () -> repository.load(pk.toString()).invoke(PerjanjianKinerja::outline)).getPayload();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
