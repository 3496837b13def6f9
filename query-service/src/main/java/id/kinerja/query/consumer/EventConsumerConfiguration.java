package id.kinerja.query.consumer;

import id.kinerja.api.EventEnvelope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The live consumer: spring-kafka's listener container around {@link LiveEventListener}, reading
 * {@link EventEnvelope#TOPIC} in the consumer group {@code kinerja.kafka.group-id}. A failed batch is retried with
 * back-off (1 s doubling to 30 s) for as long as it fails — never skipped; a container that stops on its own (an
 * Error, a fatal client failure) is started again by {@link ConsumerRestarter}. Its state is in
 * {@code /actuator/health} (component {@code kafkaConsumer}) and the metrics {@code kinerja_query_consumer_*} and
 * {@code spring_kafka_listener_*}. Without {@code kinerja.kafka.bootstrap-servers} it does not start.
 */
@Configuration(proxyBeanMethods = false)
class EventConsumerConfiguration {

    @Bean
    KafkaMessageListenerContainer<String, String> liveEventContainer(KafkaSettings settings,
                                                                      LiveEventListener listener) {
        ContainerProperties properties = new ContainerProperties(EventEnvelope.TOPIC);
        properties.setGroupId(settings.groupId());
        properties.setClientId("query-service-live");
        properties.setMessageListener(listener);
        // Kafka's own commit follows the database's (monitoring only; the stored offsets are what counts).
        properties.setAckMode(ContainerProperties.AckMode.BATCH);
        properties.setPollTimeout(500);
        properties.setIdleEventInterval(5_000L);
        properties.setMissingTopicsFatal(false);
        KafkaMessageListenerContainer<String, String> container = new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(settings.consumerProperties("query-service-live")), properties);
        ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2.0);
        backOff.setMaxInterval(30_000);
        container.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        container.setAutoStartup(settings.enabled());
        return container;
    }
}
