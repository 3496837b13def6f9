package id.kinerja.command.pk;

import id.kinerja.api.pk.PerjanjianKinerjaId;
import org.axonframework.messaging.ResultMessage;
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

    /** The PK's outline; a PK that does not exist is the repository's AggregateNotFoundException (a 404). */
    public Outline of(PerjanjianKinerjaId pk) {
        ResultMessage<Outline> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(
                () -> repository.load(pk.toString()).invoke(PerjanjianKinerja::outline));
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
        return result.getPayload();
    }
}
