package id.kinerja.query.support;

import id.kinerja.api.EventEnvelope;
import id.kinerja.embedded.EmbeddedKafkaServer;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** The shared embedded KRaft broker with the events topic (three partitions, as in production) created once. */
public final class TestKafka {

    private static boolean created;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        String servers = EmbeddedKafkaServer.shared().bootstrapServers();
        if (!created) {
            try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
                admin.createTopics(List.of(new NewTopic(EventEnvelope.TOPIC, 3, (short) 1))).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException(e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            created = true;
        }
        return servers;
    }
}
