package id.kinerja.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * infra/observability as Grafana and Prometheus load it: each dashboard is a Grafana dashboard JSON model (uid,
 * title, schema version, panels on the 24-column grid without overlap, each query on the provisioned Prometheus
 * data source), and the alert rules cover what the operators must hear about. That Prometheus accepts the rules and
 * that every metric they use is exported is checked against the running stack (ComposeStackTest, -Pcontainers).
 */
class ObservabilityConfigTest {

    private static final Path OBSERVABILITY = Manifests.DIRECTORY.resolveSibling("observability");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_dashboard_is_a_grafana_dashboard_on_the_provisioned_data_source() throws IOException {
        Map<String, Object> provisioning = new Yaml().load(Files.readString(
                OBSERVABILITY.resolve("grafana/provisioning/datasources/prometheus.yml")));
        @SuppressWarnings("unchecked")
        String dataSource = (String) ((List<Map<String, Object>>) provisioning.get("datasources")).get(0).get("uid");
        Set<String> uids = new HashSet<>();
        List<Path> dashboards;
        try (var files = Files.list(OBSERVABILITY.resolve("grafana/dashboards"))) {
            dashboards = files.toList();
        }
        assertThat(dashboards).hasSizeGreaterThanOrEqualTo(2);
        for (Path file : dashboards) {
            JsonNode dashboard = JSON.readTree(file.toFile());
            String name = file.getFileName().toString();
            assertThat(uids.add(dashboard.path("uid").asText())).as(name + " uid").isTrue();
            assertThat(dashboard.path("title").asText()).as(name).isNotBlank();
            assertThat(dashboard.path("schemaVersion").asInt()).as(name).isGreaterThanOrEqualTo(36);
            JsonNode panels = dashboard.path("panels");
            assertThat(panels.isArray() && !panels.isEmpty()).as(name + " panels").isTrue();
            Set<Integer> ids = new HashSet<>();
            boolean[][] grid = new boolean[200][24];
            for (JsonNode panel : panels) {
                String title = name + " / " + panel.path("title").asText();
                assertThat(ids.add(panel.path("id").asInt())).as(title + " id").isTrue();
                assertThat(panel.path("type").asText()).as(title).isIn("timeseries", "stat", "gauge", "table");
                JsonNode at = panel.path("gridPos");
                int x = at.path("x").asInt();
                int y = at.path("y").asInt();
                int w = at.path("w").asInt();
                int h = at.path("h").asInt();
                assertThat(w).as(title).isPositive();
                assertThat(h).as(title).isPositive();
                assertThat(x + w).as(title + " fits 24 columns").isLessThanOrEqualTo(24);
                for (int row = y; row < y + h; row++) {
                    for (int column = x; column < x + w; column++) {
                        assertThat(grid[row][column]).as(title + " overlaps another panel").isFalse();
                        grid[row][column] = true;
                    }
                }
                assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo(dataSource);
                assertThat(panel.path("targets")).as(title).isNotEmpty();
                for (JsonNode target : panel.path("targets")) {
                    assertThat(target.path("refId").asText()).as(title).isNotBlank();
                    assertThat(target.path("expr").asText()).as(title).isNotBlank();
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_alert_rules_cover_the_pipeline_and_the_services() throws IOException {
        Map<String, Object> rules = new Yaml().load(Files.readString(OBSERVABILITY.resolve("prometheus/alerts.yml")));
        Set<String> alerts = new HashSet<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                String alert = (String) rule.get("alert");
                alerts.add(alert);
                assertThat((String) rule.get("expr")).as(alert).isNotBlank();
                assertThat((Map<String, Object>) rule.get("labels")).as(alert).containsKey("severity");
                assertThat((Map<String, Object>) rule.get("annotations")).as(alert)
                        .containsKeys("summary", "description");
            }
        }
        assertThat(alerts).contains("KinerjaPublisherLag", "KinerjaPublisherStalled", "KinerjaConsumerLag",
                "KinerjaConsumerStopped", "KinerjaProjectionErrors", "KinerjaServerErrors", "KinerjaReplayFailed");
        Map<String, Object> prometheus = new Yaml().load(Files.readString(
                OBSERVABILITY.resolve("prometheus/prometheus.yml")));
        assertThat((List<String>) prometheus.get("rule_files")).containsExactly("/etc/prometheus/alerts.yml");
        assertThat((List<Map<String, Object>>) prometheus.get("scrape_configs")).extracting(job -> job.get("job_name"))
                .contains("kinerja-command-service", "kinerja-query-service", "kinerja-reporting-service");
    }
}
