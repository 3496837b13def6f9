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
 * for until query-service has read all of it: query-service applies a tenant's events in order, so it has read the
 * whole file once it shows the file's last section (narrative, else printed figures, else the PK).
 */
final class ImportedSeeds {

    private static final Map<String, JsonNode> REPORTS = new HashMap<>();

    private ImportedSeeds() {
    }

    /** The import report of the seed; query-service has read it when this returns. */
    static JsonNode imported(String seed) throws IOException, InterruptedException {
        return imported(seed, null);
    }

    /**
     * The seed imported under another OPD code (null = its own), so that it can sit beside the same OPD told
     * another way by another test.
     */
    static synchronized JsonNode imported(String seed, String opd) throws IOException, InterruptedException {
        return imported(seed, opd, null);
    }

    /**
     * The seed imported as another daerah (a code such as 51.91, named "Uji Kabupaten …"; in another province when the
     * code says so), so a test may change it without touching the seed's own daerah or what other tests check.
     */
    static synchronized JsonNode imported(String seed, String opd, String tenant)
            throws IOException, InterruptedException {
        String key = seed + "@" + opd + "@" + tenant;
        if (!REPORTS.containsKey(key)) {
            Platform platform = RunningPlatform.get();
            String file = Seeds.read(seed);
            if (opd != null) {
                file = file.replaceFirst("(?m)^opd: \\{code: [a-z0-9.-]+,", "opd: {code: " + opd + ",");
            }
            if (tenant != null) {
                file = file.replaceFirst("(?m)^pemda: \\{code: \"[0-9.]+\", name: ",
                        "pemda: {code: \"" + tenant + "\", name: Uji ");
                String provinsi = tenant.substring(0, 2);
                if (!file.contains("\nprovinsi: {code: \"" + provinsi + "\"")) {
                    file = file.replaceFirst("(?m)^provinsi: \\{code: \"[0-9]+\", name: [^}]+}",
                            "provinsi: {code: \"" + provinsi + "\", name: Provinsi Uji " + provinsi + "}");
                }
            }
            HttpResponse<String> answer = new ImportClient(platform.commandUrl(),
                    RunningPlatform.tokens()::forRequest).send(file);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            JsonNode report = new ObjectMapper().readTree(answer.body());
            String last = file.contains("\nnarrative:") ? "/narasi" : file.contains("\nstated:") ? "/selisih" : "";
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Http.Answer read = Http.get(pkUrl(report) + last);
                return read.status() == 200 && (last.isEmpty() || (last.equals("/narasi") ? !read.json().isEmpty()
                        : read.json().path("checked").asInt() > 0));
            });
            REPORTS.put(key, report);
        }
        return REPORTS.get(key);
    }

    /** The query-service URL of the PK an import report names ({@code tenant/opd/pk/year}). */
    static String pkUrl(JsonNode report) throws IOException, InterruptedException {
        return RunningPlatform.get().queryUrl() + pkPath(report);
    }

    /** The reporting-service URL of that PK's documents, to which the document's name is appended. */
    static String dokumenUrl(JsonNode report) throws IOException, InterruptedException {
        return RunningPlatform.get().reportingUrl() + pkPath(report) + "/dokumen/";
    }

    private static String pkPath(JsonNode report) {
        String[] pk = report.path("pk").asText().split("/");
        return "/api/tenants/" + pk[0] + "/opd/" + pk[1] + "/pk/" + pk[3];
    }
}
