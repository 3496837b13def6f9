package id.kinerja.command.eventstore;

import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command only when its append lost the race for the aggregate's next sequence number
 * ({@link ConcurrencyException}, anywhere in the failure's causes): sent again, it is decided on the state the
 * winner left. Every other failure — a broken rule above all — is final. (Axon's own predicate marks a failure
 * non-transient if any of its causes matches, which would make the driver's exception under a concurrency failure
 * final too.)
 */
final class ConcurrentAppendRetries extends IntervalRetryScheduler {

    ConcurrentAppendRetries(IntervalRetryScheduler.Builder builder) {
        super(builder);
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return false;
            }
        }
        return true;
    }
}
