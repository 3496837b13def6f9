package id.kinerja.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.demo.Scenario;
import id.kinerja.demo.ScenarioRunner;
import id.kinerja.localstack.Platform;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Badung's 2023 PK told to command-service over HTTP, carried by Kafka, read from query-service over HTTP:
 * as of a moment before its PK Perubahan was recorded it is the induk (Rp 19.878.378.920), after it the
 * Perubahan (Rp 22.243.685.702), and the revision comparison shows each changed budget line.
 */
class BadungAsOfEndToEndTest {

    private static final String PK = "/api/tenants/51.03/opd/diskopukmp/pk/2023";

    @Test
    void the_pk_as_of_before_and_after_its_perubahan() throws Exception {
        Platform platform = RunningPlatform.get();
        Scenario badung = Scenario.load("badung-2023");
        ScenarioRunner runner = new ScenarioRunner(platform.commandUrl(), RunningPlatform.tokens()::forRequest);

        runner.run(badung.phase("induk"));
        Instant beforePerubahan = Instant.now();
        runner.run(badung.phase("perubahan"));
        runner.run(badung.phase("realisasi"));

        String query = platform.queryUrl() + PK;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(Http.get(query).json().path("totalPagu").asLong()).isEqualTo(22_243_685_702L));
        JsonNode induk = Http.get(query + "?asOf=" + beforePerubahan).json();
        assertThat(induk.path("totalPagu").asLong()).isEqualTo(19_878_378_920L);
        assertThat(induk.path("revisiBerlaku").path("revision").asInt()).isZero();

        JsonNode perbandingan = Http.get(query + "/revisi/1/perbandingan").json();
        assertThat(perbandingan.toString()).contains("P13.K1.S1").contains("16787140098").contains("18594076875")
                .contains("PERUBAHAN_PRIORITAS_ASUMSI").contains("I Nyoman Giri Prasta");

        JsonNode capaian = Http.get(platform.queryUrl() + PK + "/capaian?period=TW1").json();
        assertThat(capaian.toString()).contains("IKU-3.2").contains("108");
    }
}
