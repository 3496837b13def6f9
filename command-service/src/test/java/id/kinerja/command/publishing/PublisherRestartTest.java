package id.kinerja.command.publishing;

import id.kinerja.demo.Scenario;
import id.kinerja.embedded.EmbeddedKafkaServer;
import id.kinerja.embedded.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * command-service stopped and started again on the same event-store database: the publisher resumes from the
 * token it committed in that database. Events stored while no publisher ran (here by an instance with Kafka
 * switched off) are published once one runs again; nothing is lost and, after a clean stop, nothing repeated.
 */
class PublisherRestartTest {

    private static final String TOPIC = "kinerja.events.publisher-restart-test";

    private final Scenario badung = Scenario.load("badung-2023");
    private final String database = EmbeddedPostgresServer.shared().createDatabase("publisher_restart");
    private final Map<String, String> kafka = Map.of(
            "kinerja.kafka.bootstrap-servers", EmbeddedKafkaServer.shared().bootstrapServers(),
            "kinerja.kafka.topic.name", TOPIC,
            "kinerja.kafka.topic.partitions", "3");

    @Test
    void a_restarted_publisher_resumes_from_its_token_without_losing_events() {
        try (TopicReader topic = new TopicReader(EmbeddedKafkaServer.shared().bootstrapServers(), TOPIC)) {
            int publishedBeforeStop;
            try (CommandServiceInstance first = CommandServiceInstance.start(database, kafka)) {
                first.scenarioRunner().run(badung.phase("induk"));
                List<StoredEvent> stored = StoredEvent.all(first.jdbc());
                await().atMost(Duration.ofMinutes(1)).until(() -> topic.poll().size() >= stored.size());
                long last = stored.get(stored.size() - 1).globalIndex();
                // The transaction that stored the token commits just after the acknowledgements arrive.
                await().atMost(Duration.ofSeconds(30)).until(() -> tokenPosition(first.jdbc()) == last);
                publishedBeforeStop = stored.size();
            }

            try (CommandServiceInstance withoutKafka = CommandServiceInstance.start(database, Map.of())) {
                withoutKafka.scenarioRunner().run(badung.phase("perubahan"));
                withoutKafka.scenarioRunner().run(badung.phase("realisasi"));
                assertThat(topic.poll()).as("records while no publisher ran").hasSize(publishedBeforeStop);
            }

            try (CommandServiceInstance restarted = CommandServiceInstance.start(database, kafka)) {
                List<StoredEvent> stored = StoredEvent.all(restarted.jdbc());
                assertThat(stored.size()).isGreaterThan(publishedBeforeStop);
                await().atMost(Duration.ofMinutes(1)).until(() -> topic.poll().size() >= stored.size());
                PublishedEvents.assertComplete(stored, topic.poll(), CommandServiceInstance.ACTOR);
                assertThat(topic.poll()).as("records after a clean restart: resumed from the token, not the start")
                        .hasSize(stored.size());
            }
        }
    }

    /** The global index the publisher's committed token points at, read from the event store's database. */
    private static long tokenPosition(JdbcTemplate jdbc) {
        List<Long> positions = jdbc.query("""
                SELECT convert_from(token, 'UTF8')::jsonb ->> 'index' FROM token_entry
                WHERE processor_name = 'kafka-publisher'""", (row, i) -> row.getLong(1));
        return positions.isEmpty() ? -1 : positions.get(0);
    }
}
