package id.kinerja.command.publishing;

import id.kinerja.demo.Scenario;
import id.kinerja.embedded.EmbeddedKafkaServer;
import id.kinerja.embedded.EmbeddedPostgresServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka is down when command-service starts: commands are still taken and their events stored, the publisher
 * fails and keeps retrying without advancing its token, and once a broker listens on the configured address
 * every event is published.
 */
class KafkaUnreachableTest {

    private static final String TOPIC = "kinerja.events.kafka-unreachable-test";

    @Test
    void events_stored_while_kafka_is_down_are_published_once_it_is_up() {
        int port = freePort();
        String bootstrapServers = "localhost:" + port;
        Map<String, String> kafka = Map.of(
                "kinerja.kafka.bootstrap-servers", bootstrapServers,
                "kinerja.kafka.topic.name", TOPIC,
                "kinerja.kafka.topic.partitions", "3",
                // Fail fast while the broker is missing, so the processor's retries come quickly in a test.
                "kinerja.kafka.producer.max.block.ms", "2000",
                "kinerja.kafka.producer.request.timeout.ms", "2000",
                "kinerja.kafka.producer.delivery.timeout.ms", "4000");
        String database = EmbeddedPostgresServer.shared().createDatabase("kafka_unreachable");

        try (CommandServiceInstance service = CommandServiceInstance.start(database, kafka)) {
            service.scenarioRunner().run(Scenario.load("badung-2023").steps());
            List<StoredEvent> stored = StoredEvent.all(service.jdbc());
            StreamingEventProcessor publisher = service.bean(EventProcessingConfiguration.class)
                    .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                    .orElseThrow();
            await().atMost(Duration.ofMinutes(1)).until(() -> publisher.processingStatus().values().stream()
                    .anyMatch(EventTrackerStatus::isErrorState));
            assertThat(service.bean(MeterRegistry.class).find("kinerja.events.published").counters())
                    .as("nothing counted as published while Kafka is down").isEmpty();

            try (EmbeddedKafkaServer broker = EmbeddedKafkaServer.start(port);
                 TopicReader topic = new TopicReader(bootstrapServers, TOPIC)) {
                // The processor backs off up to 60 s between attempts while Kafka was down; on a busy machine a
                // failed attempt itself takes seconds more, so two minutes could end before the second attempt.
                await().atMost(Duration.ofMinutes(4)).until(() -> topic.poll().size() >= stored.size());
                PublishedEvents.assertComplete(stored, topic.poll(), CommandServiceInstance.ACTOR);
                await().atMost(Duration.ofSeconds(30)).until(() -> publisher.processingStatus().values().stream()
                        .noneMatch(EventTrackerStatus::isErrorState));
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
