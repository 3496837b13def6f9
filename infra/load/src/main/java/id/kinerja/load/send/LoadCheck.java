package id.kinerja.load.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.load.province.OpdYear;
import id.kinerja.load.province.SyntheticProvince;
import id.kinerja.localstack.Platform;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Checks that a load arrived whole: the event store holds every event the load sent, each was published to Kafka (at
 * least once), query-service has applied each of them once, and perangkat daerah read back through query-service show
 * the budget figures the generator drew.
 */
public final class LoadCheck {

    /**
     * What was found.
     *
     * @param published records on the events topic: at least one per stored event (delivery is at least once; a
     *                  record published twice is applied once)
     */
    public record Result(long stored, long published, long applied, Duration catchUp, List<String> mismatches) {
        public boolean whole(long expected) {
            return stored == expected && published >= stored && applied == expected && mismatches.isEmpty();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The topic command-service publishes to (infra/kafka). */
    private static final String EVENTS_TOPIC = "kinerja.events";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String eventStore;
    private final String readModels;
    private final String user;
    private final String password;
    private final String queryUrl;
    private final Users users;
    private final String kafka;

    /** The check of a load into this platform. */
    public static LoadCheck of(Platform platform, Users users) {
        return new LoadCheck(platform.postgres().jdbcUrl("kinerja_events"), platform.postgres().jdbcUrl("kinerja_query"),
                platform.postgres().username(), platform.postgres().password(), platform.queryUrl(), users,
                platform.kafka().bootstrapServers());
    }

    public LoadCheck(String eventStore, String readModels, String user, String password, String queryUrl,
                     Users users, String kafka) {
        this.eventStore = eventStore;
        this.readModels = readModels;
        this.user = user;
        this.password = password;
        this.queryUrl = queryUrl;
        this.users = users;
        this.kafka = kafka;
    }

    /**
     * Waits (up to {@code timeout}) until query-service has applied every stored event, then reads back every n-th
     * perangkat daerah's budget (n = {@code every}).
     */
    public Result check(SyntheticProvince province, Duration timeout, int every) {
        Result counted = caughtUp(timeout);
        List<String> mismatches = new ArrayList<>();
        List<SyntheticProvince.Opd> opds = province.opds();
        for (int i = 0; i < opds.size(); i += every) {
            for (int year : province.shape().years()) {
                OpdYear opdYear = province.year(opds.get(i), year);
                OpdYear.Expected expected = opdYear.expected();
                String pk = "/api/tenants/" + opdYear.tenant() + "/opd/" + opdYear.opd() + "/pk/" + year;
                JsonNode total = get(pk + "/anggaran?sampai=DES", opdYear.tenant()).path("opdTotal");
                if (total.path("pagu").asLong() != expected.pagu()
                        || total.path("realisasi").asLong() != expected.realisasiAnggaran()) {
                    mismatches.add(pk + ": pagu " + total.path("pagu").asLong() + " (expected " + expected.pagu()
                            + "), realisasi " + total.path("realisasi").asLong() + " (expected "
                            + expected.realisasiAnggaran() + ")");
                }
                int rows = get(pk + "/capaian?period=TAHUN", opdYear.tenant()).path("indicators").size();
                if (rows != expected.indicators()) {
                    mismatches.add(pk + ": " + rows + " capaian rows, expected " + expected.indicators());
                }
            }
        }
        return new Result(counted.stored(), counted.published(), counted.applied(), counted.catchUp(), mismatches);
    }

    /**
     * Waits (up to {@code timeout}) until query-service has applied every stored event, then counts the events stored,
     * published and applied — without reading anything back.
     */
    public Result caughtUp(Duration timeout) {
        long stored = count(eventStore, "SELECT count(*) FROM domain_event_entry");
        Instant start = Instant.now();
        long applied = count(readModels, "SELECT count(*) FROM processed_event");
        while (applied < stored && Instant.now().isBefore(start.plus(timeout))) {
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            applied = count(readModels, "SELECT count(*) FROM processed_event");
        }
        return new Result(stored, published(), applied, Duration.between(start, Instant.now()), List.of());
    }

    /** The records on the events topic, all partitions. */
    private long published() {
        Map<String, Object> settings = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings)) {
            List<TopicPartition> partitions = consumer.partitionsFor(EVENTS_TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            return consumer.endOffsets(partitions).entrySet().stream()
                    .mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
        }
    }

    private JsonNode get(String path, String tenant) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(queryUrl + path))
                .header("Authorization", "Bearer " + users.auditor(tenant.substring(0, 2))).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " → " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long count(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
