package id.kinerja.command.shared;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/** Small questions about aggregates asked by the handlers that create them. */
public final class Aggregates {

    private Aggregates() {
    }

    /** Whether an aggregate with this identifier has any events, i.e. was ever created. */
    public static boolean exists(Repository<?> repository, Object identifier) {
        try {
            repository.load(identifier.toString());
            return true;
        } catch (AggregateNotFoundException notFound) {
            return false;
        }
    }
}
