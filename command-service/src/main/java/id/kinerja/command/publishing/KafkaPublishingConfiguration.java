package id.kinerja.command.publishing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Publication of the stored events to Kafka, switched on by {@code kinerja.kafka.bootstrap-servers}. The
 * publisher is a tracking event processor, {@value KafkaEventPublisher#PROCESSING_GROUP}, reading the event store
 * from its beginning; its token lives in {@code token_entry} of the event store's database (Axon's JDBC token
 * store on {@code EventStoreConfiguration}'s TokenSchema), so a restart resumes where the last committed batch
 * ended.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "kinerja.kafka", name = "bootstrap-servers")
@EnableConfigurationProperties(PublishingProperties.class)
public class KafkaPublishingConfiguration {

    /** Closed (Spring infers {@code close()}) after Axon's lifecycle stopped the processor that uses it. */
    @Bean
    Producer<String, byte[]> kafkaPublisherProducer(PublishingProperties properties) {
        return new KafkaProducer<>(KafkaClientSettings.producer(properties));
    }

    @Bean
    EventTopic eventTopic(PublishingProperties properties) {
        return new EventTopic(properties);
    }

    @Bean
    PublisherMetrics publisherMetrics(MeterRegistry registry, EventStore eventStore,
                                      ObjectProvider<EventProcessingConfiguration> processing) {
        return new PublisherMetrics(registry, Clock.systemUTC(), eventStore, processing::getObject);
    }

    @Bean
    PublisherHealth publisherHealthIndicator(PublisherMetrics publisherMetrics, PublishingProperties properties) {
        return new PublisherHealth(publisherMetrics::lag, publisherMetrics::position,
                properties.publisher().stallAfter(), Clock.systemUTC());
    }

    @Bean
    KafkaEventPublisher kafkaEventPublisher(Producer<String, byte[]> kafkaPublisherProducer, EventTopic eventTopic,
                                            PublisherMetrics publisherMetrics,
                                            ObjectProvider<Propagator> propagator) {
        return new KafkaEventPublisher(kafkaPublisherProducer, eventTopic, publisherMetrics,
                new PublishTracing(propagator.getIfAvailable(() -> Propagator.NOOP)));
    }

    /**
     * One tracking processor over the event store, batches of {@code kinerja.kafka.publisher.batch-size}. Axon's
     * default for handler failures is to log and carry on, which here would skip an event for good; propagating
     * instead rolls the batch back and the processor retries it (after 1, 2, 4 … 60 s) until Kafka takes it.
     */
    @Bean
    ConfigurerModule kafkaPublisherProcessor(PublishingProperties properties) {
        String name = KafkaEventPublisher.PROCESSING_GROUP;
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(name, Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(properties.publisher().batchSize()))
                .registerListenerInvocationErrorHandler(name, c -> PropagatingErrorHandler.instance())
                .registerErrorHandler(name, c -> PropagatingErrorHandler.instance()));
    }
}
