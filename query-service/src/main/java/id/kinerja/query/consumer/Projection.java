package id.kinerja.query.consumer;

import id.kinerja.api.EventEnvelope;
import id.kinerja.queryapi.fakta.Peristiwa;
import id.kinerja.queryapi.fakta.Perubahan;

/**
 * A read model fed by events: it keeps, as recorded-time rows, the {@link Perubahan} it implements. Every event is
 * read once, by {@link Peristiwa} — the same reading an auditor's in-memory fold uses. Applied inside the batch's
 * transaction; must be idempotent only through the processed_event claim, not by itself.
 */
public interface Projection extends Perubahan {

    default void apply(Object event, EventEnvelope envelope) {
        Peristiwa.terapkan(event, envelope.recordedAt(), envelope.actor(), this);
    }
}
