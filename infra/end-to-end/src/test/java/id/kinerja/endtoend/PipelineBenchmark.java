package id.kinerja.endtoend;

import id.kinerja.demo.Scenario;
import id.kinerja.demo.ScenarioRunner;
import id.kinerja.localstack.Platform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.awaitility.Awaitility.await;

/**
 * Prints what the pipeline does on this machine — command ingest, end-to-end lag to query-service, as-of query
 * latency, replay rate — for Badung's year with a few thousand budget corrections on top. A benchmark, not a
 * test: it asserts nothing about speed and runs only when asked:
 * {@code ./mvnw -B verify -pl infra/end-to-end -am -Dbenchmarks.excluded=none -Dgroups=benchmark}.
 */
@Tag("benchmark")
class PipelineBenchmark {

    private static final int CORRECTIONS = Integer.getInteger("kinerja.benchmark.corrections", 2000);
    private static final String PK = "/api/tenants/51.03/opd/diskopukmp/pk/2023";

    @Test
    void ingest_lag_as_of_and_replay() throws Exception {
        Platform platform = RunningPlatform.get();
        // Runs alone (only the benchmark group), so Badung's own tenant is free.
        new ScenarioRunner(platform.commandUrl(), RunningPlatform.tokens()::forRequest)
                .run(Scenario.load("badung-2023").steps());

        HttpClient http = HttpClient.newHttpClient();
        Instant start = Instant.now();
        for (int i = 0; i < CORRECTIONS; i++) {
            String body = "{\"amount\": " + amount(i) + ", \"reason\": \"benchmark " + i + "\"}";
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(platform.commandUrl() + PK
                            + "/realisasi-anggaran/P11.K1.S1/JAN/koreksi"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + RunningPlatform.tokenFor(platform.commandUrl() + PK))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 204) {
                throw new IllegalStateException(answer.body());
            }
        }
        Duration ingest = Duration.between(start, Instant.now());
        String lastAmount = Long.toString(amount(CORRECTIONS - 1));
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() ->
                Http.get(platform.queryUrl() + PK + "/anggaran?sampai=DES").body().contains(lastAmount));
        Duration lag = Duration.between(start, Instant.now()).minus(ingest);

        int queries = 200;
        Instant asOfStart = Instant.now();
        for (int i = 0; i < queries; i++) {
            Http.get(platform.queryUrl() + PK + "?asOf=" + start.plusMillis(i * ingest.toMillis() / queries));
        }
        Duration asOf = Duration.between(asOfStart, Instant.now());

        Instant replayStart = Instant.now();
        http.send(HttpRequest.newBuilder(URI.create(platform.queryUrl() + "/api/replay/51.03"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() ->
                Http.get(platform.queryUrl() + "/api/replay/status").body().contains("\"state\":\"DONE\""));
        Duration replay = Duration.between(replayStart, Instant.now());
        String status = Http.get(platform.queryUrl() + "/api/replay/status").body();

        System.out.printf("%n=== Kinerja pipeline benchmark (%d corrections on one PK) ===%n", CORRECTIONS);
        System.out.printf("command ingest over HTTP   %8.1f commands/s (%d ms)%n",
                CORRECTIONS * 1000.0 / ingest.toMillis(), ingest.toMillis());
        System.out.printf("end-to-end lag after ingest %7d ms until query-service shows the last correction%n",
                lag.toMillis());
        System.out.printf("as-of PK query             %8.2f ms each (%d queries)%n", asOf.toMillis() / (double) queries,
                queries);
        System.out.printf("replay of the tenant       %8d ms — %s%n%n", replay.toMillis(), status);
    }

    /** January's spending of program 11, corrected back and forth: every correction changes the amount. */
    private static long amount(int i) {
        return 41_250_000 + (i % 2 == 0 ? 1_000 + i : -(1_000 + i));
    }
}
