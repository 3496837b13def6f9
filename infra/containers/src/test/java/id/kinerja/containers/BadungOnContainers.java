package id.kinerja.containers;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.demo.ImportClient;
import id.kinerja.demo.Scenario;
import id.kinerja.demo.ScenarioRunner;
import id.kinerja.demo.Seeds;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Badung's 2023 PK (seed 004) on the container platform, as its people would put it there: the platform admin
 * registers Bali, Badung and the dinas; the dinas' loader (operator and Kepala Dinas) imports the signed PK and its
 * Perubahan. Once per deployment; query-service has read it when {@link #ensure} returns.
 */
final class BadungOnContainers {

    static final String PK = "/api/tenants/51.03/opd/diskopukmp/pk/2023";
    private static final Set<Deployment> IMPORTED = new HashSet<>();

    private BadungOnContainers() {
    }

    static synchronized void ensure(Deployment platform) {
        if (IMPORTED.contains(platform)) {
            return;
        }
        Keycloak keycloak = platform.keycloak();
        String admin = keycloak.token("admin.platform");
        new ScenarioRunner(platform.commandUrl(), (path, body) -> admin).run(Scenario.load("badung-2023")
                .phase("induk").stream().filter(step -> step.method().equals("POST")
                        && (step.path().equals("/api/tenants") || step.path().endsWith("/opd"))).toList());
        String loader = keycloak.token("pemuat.badung");
        HttpResponse<String> answer = new ImportClient(platform.commandUrl(), (path, body) -> loader)
                .send(Seeds.read("badung-2023"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        String reader = keycloak.token("auditor");
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            JsonNode pk = Http.get(platform.queryUrl() + PK, reader).json();
            assertThat(pk.path("totalPagu").asLong()).isEqualTo(22_243_685_702L);
        });
        IMPORTED.add(platform);
    }
}
