package id.kinerja.containers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole stack of infra/compose from the locally built images: up, the README tour's first requests answered
 * with tokens of the real Keycloak, the JSON logs saying who did what in which trace, Prometheus scraping every
 * service with valid rules and every metric the dashboards and alerts use, Kafka's data kept in its volume when its
 * container is replaced; then down.
 */
@Order(3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComposeStackTest {

    private static final Path OBSERVABILITY = ContainerPlatform.ROOT.resolve("infra/observability");
    private static final Pattern METRIC = Pattern.compile("\\b(kinerja_[a-z_]+|http_server_requests_seconds_[a-z]+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ComposeStack stack;

    @BeforeAll
    static void up() {
        ContainerPlatform.stopIfRunning();
        DockerEngine.useItsApiVersion();
        stack = new ComposeStack().up();
        BadungOnContainers.ensure(stack);
    }

    @AfterAll
    static void down() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void the_readme_tour_first_requests() {
        Keycloak keycloak = stack.keycloak();
        String operator = keycloak.token("operator.badung");
        String pk = stack.commandUrl() + BadungOnContainers.PK;
        Http.Answer recorded = Http.send("PUT", pk + "/realisasi/IKU-1.1/TAHUN", operator, "{\"value\": 7.50}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(204);
        assertThat(Http.send("PUT", stack.commandUrl() + "/api/tenants/51.08/opd/disdagperinkopukm/pk/2023/realisasi"
                + "/IKU-1.1/TAHUN", operator, "{\"value\": 7.50}").status()).isEqualTo(403);
        assertThat(Http.send("PUT", pk + "/realisasi/IKU-1.1/TAHUN", null, "{\"value\": 7.50}").status())
                .isEqualTo(401);
        Http.Answer signed = Http.send("PUT", pk + "/sub-kegiatan/P01.K1.S1/pagu", operator, "{\"pagu\": 3186620}");
        assertThat(signed.status()).isEqualTo(422);
        assertThat(signed.json().path("rule").asText()).isEqualTo("pk-signed");

        String auditor = keycloak.token("auditor");
        String query = stack.queryUrl() + BadungOnContainers.PK;
        assertThat(Http.get(query, auditor).json().path("totalPagu").asLong()).isEqualTo(22_243_685_702L);
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                assertThat(Http.get(query + "/capaian?period=TAHUN", auditor).body()).contains("IKU-1.1", "7.5"));
        Http.Answer pdf = Http.get(stack.reportingUrl() + BadungOnContainers.PK
                + "/dokumen/perjanjian-kinerja?format=pdf&revisi=0", auditor);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    @Order(2)
    void the_json_logs_say_who_did_what_for_which_daerah_in_which_trace() throws IOException {
        JsonNode line = null;
        for (String logged : stack.compose(Duration.ofMinutes(1), "logs", "--no-color", "--no-log-prefix",
                "command-service").split("\n")) {
            if (logged.startsWith("{") && logged.contains("RecordRealisasi committed")) {
                line = JSON.readTree(logged);
            }
        }
        assertThat(line).as("a JSON log line of the recorded realisasi").isNotNull();
        assertThat(line.path("user").asText()).isEqualTo("operator.badung");
        assertThat(line.path("tenant").asText()).isEqualTo("51.03");
        assertThat(line.path("traceId").asText()).matches("[0-9a-f]{32}");
        assertThat(line.path("service").path("name").asText()).isEqualTo("command-service");
    }

    @Test
    @Order(3)
    void prometheus_scrapes_every_service_with_valid_rules_and_every_metric_dashboards_and_alerts_use()
            throws IOException {
        assertThat(stack.compose(Duration.ofMinutes(1), "exec", "-T", "prometheus", "promtool", "check", "config",
                "/etc/prometheus/prometheus.yml")).contains("SUCCESS");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            JsonNode targets = Http.get(stack.prometheusUrl() + "/api/v1/targets", null).json()
                    .path("data").path("activeTargets");
            assertThat(targets).hasSize(4).allSatisfy(target ->
                    assertThat(target.path("health").asText()).as(target.toString()).isEqualTo("up"));
        });
        Set<String> used = new TreeSet<>();
        try (var files = Files.walk(OBSERVABILITY)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher metric = METRIC.matcher(Files.readString(file));
                while (metric.find()) {
                    used.add(metric.group(1));
                }
            }
        }
        assertThat(used).contains("kinerja_publisher_lag_events", "kinerja_query_consumer_lag",
                "kinerja_query_projection_failures_total", "kinerja_query_replay_failed");
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            JsonNode names = Http.get(stack.prometheusUrl() + "/api/v1/label/__name__/values", null).json()
                    .path("data");
            List<String> scraped = JSON.convertValue(names, JSON.getTypeFactory()
                    .constructCollectionType(List.class, String.class));
            assertThat(scraped).containsAll(used);
        });
    }

    @Test
    @Order(4)
    void kafka_keeps_the_events_in_its_volume_when_its_container_is_replaced() {
        stack.compose(Duration.ofMinutes(2), "rm", "--stop", "--force", "kafka");
        stack.compose(Duration.ofMinutes(3), "up", "-d", "kafka");
        String auditor = stack.keycloak().token("auditor");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(Http.send("POST", stack.queryUrl() + "/api/replay/51.03", auditor, null).status())
                        .isEqualTo(202));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            JsonNode status = Http.get(stack.queryUrl() + "/api/replay/status", auditor).json();
            assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("DONE");
            assertThat(status.path("appliedEvents").asLong()).isGreaterThan(100);
        });
        assertThat(Http.get(stack.queryUrl() + BadungOnContainers.PK, auditor).json().path("totalPagu").asLong())
                .isEqualTo(22_243_685_702L);
    }
}
