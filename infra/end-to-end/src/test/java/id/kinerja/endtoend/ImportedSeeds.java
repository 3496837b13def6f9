package id.kinerja.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.demo.ImportClient;
import id.kinerja.demo.Seeds;
import id.kinerja.localstack.Platform;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Seed files imported into the {@link RunningPlatform} as a kabupaten would send them, once per JVM, and waited
 * for until query-service has read all of it: the narrative is the import's last section, and query-service
 * applies a tenant's events in order.
 */
final class ImportedSeeds {

    private static final Map<String, JsonNode> REPORTS = new HashMap<>();

    private ImportedSeeds() {
    }

    /** The import report of the seed; query-service has read it when this returns. */
    static synchronized JsonNode imported(String seed) throws IOException, InterruptedException {
        if (!REPORTS.containsKey(seed)) {
            Platform platform = RunningPlatform.get();
            HttpResponse<String> answer = new ImportClient(platform.commandUrl(), "operator." + seed)
                    .send(Seeds.read(seed));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            JsonNode report = new ObjectMapper().readTree(answer.body());
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Http.Answer narrative = Http.get(pkUrl(report) + "/narasi");
                return narrative.status() == 200 && !narrative.json().isEmpty();
            });
            REPORTS.put(seed, report);
        }
        return REPORTS.get(seed);
    }

    /** The query-service URL of the PK an import report names ({@code tenant/opd/pk/year}). */
    static String pkUrl(JsonNode report) throws IOException, InterruptedException {
        String[] pk = report.path("pk").asText().split("/");
        return RunningPlatform.get().queryUrl() + "/api/tenants/" + pk[0] + "/opd/" + pk[1] + "/pk/" + pk[3];
    }
}
