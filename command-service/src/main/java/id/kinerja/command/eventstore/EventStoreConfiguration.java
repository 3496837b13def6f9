package id.kinerja.command.eventstore;

import id.kinerja.api.EventJson;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The event store: Axon's JDBC storage engine on the Flyway-managed tables of {@code V1__event_store.sql},
 * events and snapshots serialized as JSON ({@link EventJson}), and the acting user and tenant of every
 * command copied onto the events it causes.
 */
@Configuration
public class EventStoreConfiguration {

    /** Metadata keys every event carries, copied from the command that caused it. */
    public static final String ACTOR = "actor";
    public static final String TENANT = "tenant";

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Two appends of the same aggregate sequence number are a concurrent change (retried, then a 409), not a store
     * failure. PostgreSQL says so only by its SQL state, 23505 (unique_violation); Axon's default resolver looks for
     * a JDBC exception type the PostgreSQL driver does not throw.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /** JSON for events, snapshots and tokens alike; Axon's message and event serializers default to it. */
    @Bean
    @Primary
    public Serializer serializer(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(EventJson.mapper())
                .revisionResolver(revisionResolver)
                .build();
    }

    @Bean
    public CorrelationDataProvider actorAndTenant() {
        return new SimpleCorrelationDataProvider(ACTOR, TENANT);
    }

    /**
     * A performance year gathers thousands of events (realisasi month by month); a snapshot every so many
     * keeps loading it for the next command short.
     */
    @Bean
    public SnapshotTriggerDefinition perjanjianKinerjaSnapshotTrigger(
            Snapshotter snapshotter, @Value("${kinerja.snapshot.threshold:250}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
