package id.kinerja.command.eventstore;

import id.kinerja.command.publishing.CommandServiceInstance;
import id.kinerja.demo.Scenario;
import id.kinerja.embedded.DevIssuer;
import id.kinerja.embedded.DevTokens;
import id.kinerja.embedded.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two command-service instances on one event store, as when the service is scaled out without routing by aggregate:
 * each keeps the Perjanjian Kinerja it last used in memory, yet decides on what the store holds — a realisasi
 * recorded through the other instance can be corrected at once — and corrections sent to both at the same time are
 * all applied, each once, in one unbroken sequence.
 */
class CachedAggregateAcrossInstancesTest {

    private static final String PK = "/api/tenants/51.03/opd/diskopukmp/pk/2023";
    private static final String SPENDING = PK + "/realisasi-anggaran/P11.K1.S1/JAN";

    private final Scenario badung = Scenario.load("badung-2023");
    private final String database = EmbeddedPostgresServer.shared().createDatabase("cached_aggregate");
    private final HttpClient http = HttpClient.newHttpClient();
    private final DevTokens tokens = new DevTokens(DevIssuer.shared(), "operator.two-instances");

    @Test
    void each_instance_decides_on_the_latest_stored_state_and_concurrent_appends_are_retried() throws Exception {
        try (CommandServiceInstance first = CommandServiceInstance.start(database, Map.of());
             CommandServiceInstance second = CommandServiceInstance.start(database, Map.of())) {
            first.scenarioRunner().run(badung.phase("induk"));
            first.scenarioRunner().run(badung.phase("perubahan"));
            // first now holds the PK in memory; the January spending is recorded through second
            second.scenarioRunner().run(badung.phase("realisasi"));

            assertThat(correct(first.url(), 41_000_000)).as("a correction of what the other instance recorded")
                    .isEqualTo(204);

            ExecutorService clients = Executors.newFixedThreadPool(2);
            List<Future<List<Integer>>> answers = new ArrayList<>();
            for (String instance : List.of(first.url(), second.url())) {
                long base = instance.equals(first.url()) ? 30_000_000 : 20_000_000;
                answers.add(clients.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 1; i <= 20; i++) {
                        statuses.add(correct(instance, base + i * 1000L));
                    }
                    return statuses;
                }));
            }
            for (Future<List<Integer>> answer : answers) {
                assertThat(answer.get()).as("every correction accepted").containsOnly(204);
            }
            clients.shutdown();

            List<Long> sequence = first.jdbc().queryForList("SELECT sequence_number FROM domain_event_entry"
                    + " WHERE aggregate_identifier = '51.03/diskopukmp/pk/2023' ORDER BY sequence_number", Long.class);
            assertThat(sequence).as("one unbroken sequence").hasSize(sequence.get(sequence.size() - 1).intValue() + 1);
            assertThat(first.jdbc().queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier"
                    + " = '51.03/diskopukmp/pk/2023' AND payload_type LIKE '%RealisasiAnggaranCorrected'", Long.class))
                    .as("each correction stored once").isEqualTo(41);
        }
    }

    private int correct(String instance, long amount) throws Exception {
        String path = SPENDING + "/koreksi";
        String body = "{\"amount\": " + amount + ", \"reason\": \"koreksi SP2D\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokens.forRequest(path, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
