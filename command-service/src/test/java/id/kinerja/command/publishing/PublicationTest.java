package id.kinerja.command.publishing;

import id.kinerja.demo.Scenario;
import id.kinerja.demo.ScenarioRunner;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.DevIssuerInitializer;
import id.kinerja.embedded.DevTokens;
import id.kinerja.embedded.EmbeddedKafkaInitializer;
import id.kinerja.embedded.EmbeddedKafkaServer;
import id.kinerja.embedded.EmbeddedPostgresInitializer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Badung's whole 2023 story told to the command API, against a real PostgreSQL and a real Kafka broker: every
 * event it stores arrives on the topic, keyed by its aggregate, in order, with the envelope the store implies,
 * and the publisher's metrics count it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kinerja.kafka.topic.name=" + PublicationTest.TOPIC, "kinerja.kafka.topic.partitions=3"})
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, EmbeddedKafkaInitializer.class,
        DevIssuerInitializer.class})
class PublicationTest {

    static final String TOPIC = "kinerja.events.publication-test";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry metrics;

    @Test
    void every_event_stored_by_a_command_reaches_kafka_keyed_by_aggregate_in_order() {
        new ScenarioRunner("http://localhost:" + port, new DevTokens(DevIssuer.shared(),
                CommandServiceInstance.ACTOR)::forRequest)
                .run(Scenario.load("badung-2023").steps());
        List<StoredEvent> stored = StoredEvent.all(jdbc);
        assertThat(stored.size()).as("events stored by the story").isGreaterThan(50);

        try (TopicReader topic = new TopicReader(EmbeddedKafkaServer.shared().bootstrapServers(), TOPIC)) {
            await().atMost(Duration.ofMinutes(1)).until(() -> topic.poll().size() >= stored.size());
            PublishedEvents.assertComplete(stored, topic.poll(), CommandServiceInstance.ACTOR);
            assertThat(topic.poll()).as("records of a run without failures").hasSize(stored.size());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(metrics.find("kinerja.events.published").counters().stream()
                    .mapToDouble(Counter::count).sum()).isEqualTo(stored.size());
            assertThat(metrics.get("kinerja.publisher.lag").gauge().value()).isZero();
            assertThat(metrics.get("kinerja.publisher.position").gauge().value())
                    .isEqualTo(stored.get(stored.size() - 1).globalIndex());
        });
        assertThat(metrics.get("kinerja.publisher.latency").timer().count()).isEqualTo(stored.size());
        assertThat(metrics.get("commandBus.successTimer").tag("payloadType", "SignPerjanjianKinerja").timer().count())
                .as("axon-micrometer times each command once").isEqualTo(1);
        assertThat(metrics.get("kinerja.events.published").tag("type", "PerjanjianKinerjaSigned").counter()
                .count()).isEqualTo(1);
    }
}
