package id.kinerja.containers;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The events topic with the production settings (replication 3, min.insync.replicas 2) survives kill -9 of one of
 * the three brokers in the middle of a steady load of commands: every command answered 204 is applied by
 * query-service exactly once (the budget realisation total is the exact sum sent), and the killed broker, started
 * again, catches up into every partition's in-sync replicas.
 */
@Order(2)
class BrokerLossTest {

    private static final Logger log = LoggerFactory.getLogger(BrokerLossTest.class);
    private static final String TOPIC = "kinerja.events";
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU",
            "SEP", "OKT", "NOV", "DES");

    @Test
    void one_broker_killed_mid_load_loses_and_doubles_nothing() throws Exception {
        ContainerPlatform platform = ContainerPlatform.get();
        BadungOnContainers.ensure(platform);
        KafkaCluster kafka = platform.kafka();
        String operator = platform.keycloak().token("operator.badung");
        String auditor = platform.keycloak().token("auditor");
        String anggaran = platform.queryUrl() + BadungOnContainers.PK + "/anggaran?sampai=DES";

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.externalBootstrapServers()))) {
            TopicDescription topic = admin.describeTopics(Set.of(TOPIC)).allTopicNames().get().get(TOPIC);
            assertThat(topic.partitions()).allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            assertThat(admin.describeConfigs(Set.of(resource)).all().get().get(resource)
                    .get("min.insync.replicas").value()).isEqualTo("2");

            long before = Http.get(anggaran, auditor).json().path("opdTotal").path("realisasi").asLong();
            List<String> subKegiatan = subKegiatan(Http.get(platform.queryUrl() + BadungOnContainers.PK, auditor)
                    .json());
            List<String> commands = new ArrayList<>();
            for (String sub : subKegiatan) {
                for (String month : MONTHS) {
                    commands.add(sub + "/" + month);
                }
            }
            int killAt = commands.size() / 3;
            long sent = 0;
            long start = System.nanoTime();
            for (int i = 0; i < commands.size(); i++) {
                if (i == killAt) {
                    kafka.kill(2);
                    log.info("broker 2 killed after {} of {} commands", i, commands.size());
                }
                long amount = 1_000 + i;
                Http.Answer answer = Http.send("PUT", platform.commandUrl() + BadungOnContainers.PK
                        + "/realisasi-anggaran/" + commands.get(i), operator, "{\"amount\": " + amount + "}");
                assertThat(answer.status()).as(commands.get(i) + ": " + answer.body()).isEqualTo(204);
                sent += amount;
            }
            long expected = before + sent;
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(Http.get(anggaran, auditor).json().path("opdTotal").path("realisasi").asLong())
                            .isEqualTo(expected));
            log.info("{} commands with one of three brokers killed: all applied once, {} s in all",
                    commands.size(), Duration.ofNanos(System.nanoTime() - start).toSeconds());

            kafka.restart(2);
            try {
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    TopicDescription now = admin.describeTopics(Set.of(TOPIC)).allTopicNames().get().get(TOPIC);
                    assertThat(now.partitions()).extracting(TopicPartitionInfo::isr).allSatisfy(isr ->
                            assertThat(isr).hasSize(3));
                });
            } catch (ConditionTimeoutException e) {
                // Once in several CI runs the restarted broker did not rejoin: say what it was doing.
                throw new AssertionError("broker 2 did not rejoin every ISR in 3 minutes (running: "
                        + kafka.running(2) + "); its last lines:\n" + kafka.logTail(2, 80), e);
            }
        } finally {
            if (!kafka.running(2)) {
                kafka.restart(2);
            }
        }
    }

    private static List<String> subKegiatan(JsonNode pk) {
        List<String> codes = new ArrayList<>();
        pk.path("sasaran").forEach(sasaran -> sasaran.path("programs").forEach(program -> program.path("kegiatan")
                .forEach(kegiatan -> kegiatan.path("subKegiatan").forEach(sub -> {
                    // a sub kegiatan whose pagu the Perubahan took away (P08.K1.S1) can realise nothing
                    if (sub.path("pagu").asLong() > 100_000) {
                        codes.add(sub.path("code").asText());
                    }
                }))));
        assertThat(codes).hasSizeGreaterThan(30);
        return codes;
    }
}
