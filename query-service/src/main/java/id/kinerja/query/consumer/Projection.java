package id.kinerja.query.consumer;

import id.kinerja.api.EventEnvelope;

/**
 * One capability's read model fed by events. Called inside the batch's transaction; it ignores the events it
 * does not keep.
 */
public interface Projection {

    void apply(Object event, EventEnvelope envelope);
}
