package id.kinerja.command.publishing;

import id.kinerja.api.EventEnvelope;
import io.micrometer.tracing.Span;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Forwards every stored event to Kafka, keyed by aggregate id so that one aggregate's events land on one
 * partition in their order. It runs in a tracking processor whose token lives in the event store's database:
 * the events of a batch are sent without waiting for each other, and the batch's transaction, which stores the
 * token, commits only once Kafka acknowledged all of them. A failure rolls the batch back and the processor
 * retries it (see {@link KafkaPublishingConfiguration}): at least once, never skipping an event.
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING = KafkaEventPublisher.class.getName() + ".pending";

    private final Producer<String, byte[]> producer;
    private final EventTopic topic;
    private final PublisherMetrics metrics;
    private final PublishTracing tracing;

    KafkaEventPublisher(Producer<String, byte[]> producer, EventTopic topic, PublisherMetrics metrics,
                        PublishTracing tracing) {
        this.producer = producer;
        this.topic = topic;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    @EventHandler
    public void publish(Object payload, EventMessage<?> event, TrackingToken token) {
        PendingAcks pending = CurrentUnitOfWork.get().root().getOrComputeResource(PENDING, key -> startBatch());
        EventEnvelope envelope = Envelopes.of(event, token);
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topic.name(), envelope.aggregateId(), Envelopes.bytes(envelope));
        Span span = tracing.start(event.getMetaData(), envelope, record.headers());
        pending.add(envelope, producer.send(record, PublishTracing.endOnAcknowledgement(span)));
    }

    private PendingAcks startBatch() {
        topic.ensureExists();
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        PendingAcks pending = new PendingAcks(producer);
        batch.onPrepareCommit(unitOfWork -> pending.awaitAll());
        batch.afterCommit(unitOfWork -> metrics.published(pending.envelopes()));
        return pending;
    }
}
