package id.kinerja.query.notifikasi;

import id.kinerja.query.history.History;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes the outbox to Kafka topic {@value #TOPIC}, keyed by daerah so one daerah's notifications stay in
 * order: a batch of unsent rows is locked (other instances skip it), sent, and marked once the broker acknowledged
 * each — at least once; integrators dedupe by the notification's {@code id}. Off when
 * {@code kinerja.kafka.bootstrap-servers} is not set: the rows wait.
 */
@Component
public class NotifikasiRelay implements DisposableBean {

    public static final String TOPIC = "kinerja.notifikasi";
    private static final Logger log = LoggerFactory.getLogger(NotifikasiRelay.class);
    private static final int BATCH = 200;

    private final String bootstrapServers;
    private final short replicationFactor;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private KafkaProducer<String, String> producer;

    public NotifikasiRelay(@Value("${kinerja.kafka.bootstrap-servers:}") String bootstrapServers,
                           @Value("${kinerja.kafka.topic.replication-factor:1}") short replicationFactor,
                           JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.bootstrapServers = bootstrapServers;
        this.replicationFactor = replicationFactor;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Scheduled(fixedDelayString = "${kinerja.notifikasi.relay-ms:2000}")
    public void kirim() {
        if (bootstrapServers.isBlank()) {
            return;
        }
        try {
            Integer sent;
            do {
                sent = transaction.execute(status -> sendBatch());
            } while (sent != null && sent == BATCH);
        } catch (RuntimeException e) {
            log.warn("notifications not published yet, retrying: {}", e.getMessage());
        }
    }

    private int sendBatch() {
        List<Map<String, Object>> batch = jdbc.queryForList("SELECT id, tenant, isi::text AS isi FROM notifikasi_keluar"
                + " WHERE terkirim IS NULL ORDER BY dibuat, id LIMIT ? FOR UPDATE SKIP LOCKED", BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        KafkaProducer<String, String> kafka = producer();
        for (Map<String, Object> row : batch) {
            try {
                kafka.send(new ProducerRecord<>(TOPIC, (String) row.get("tenant"), (String) row.get("isi")))
                        .get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("notification " + row.get("id") + " not acknowledged", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            jdbc.update("UPDATE notifikasi_keluar SET terkirim = ? WHERE id = ?", History.timestamp(Instant.now()),
                    row.get("id"));
        }
        return batch.size();
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            createTopic();
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.CLIENT_ID_CONFIG, "query-service-notifikasi",
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        }
        return producer;
    }

    private void createTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, replicationFactor))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("topic " + TOPIC + " could not be created", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("topic " + TOPIC + " could not be created in time", e);
        }
    }

    @Override
    public synchronized void destroy() {
        if (producer != null) {
            producer.close();
        }
    }
}
