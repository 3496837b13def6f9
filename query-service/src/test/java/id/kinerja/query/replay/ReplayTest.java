package id.kinerja.query.replay;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.pk.PerjanjianKinerjaId;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.query.support.BadungEvents;
import id.kinerja.query.support.EventStream;
import id.kinerja.query.support.ReadModelRows;
import id.kinerja.query.support.ReadModelTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A replay rebuilds read models from the start of the topic and ends with exactly the incrementally built rows. */
class ReplayTest extends ReadModelTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void replaying_a_tenant_and_then_all_gives_the_incremental_rows_back() {
        List<EventEnvelope> events = new ArrayList<>(BadungEvents.envelopes("62.01", true));
        events.add(EventStream.envelope(new RealisasiCorrected(PerjanjianKinerjaId.parse("62.01/diskopukmp/pk/2023"),
                "IKU-3.2", Periode.TW1, Nilai.of("5.6"), null, null, null, Nilai.of("5.4"), "salah ketik"),
                Instant.parse("2023-10-20T00:00:00Z")));
        publishAndWait(events);
        Map<String, List<String>> incremental = rows("62.01");
        assertThat(incremental.get("pk_pagu")).hasSize(14 + 6);
        assertThat(incremental.get("realisasi")).hasSize(2);

        double appliedBefore = meters.counter("kinerja.query.events.applied").count();
        long timedBefore = meters.timer("kinerja.query.projection.latency").count();
        ResponseEntity<JsonNode> started = http.postForEntity("/api/replay/62.01", null, JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode status = awaitReplayDone();
        assertThat(meters.counter("kinerja.query.events.applied").count() - appliedBefore)
                .isEqualTo(status.get("appliedEvents").asDouble());
        assertThat(meters.timer("kinerja.query.projection.latency").count())
                .as("a replayed event's age is not the live pipeline's lag").isEqualTo(timedBefore);
        assertThat(status.get("tenant").asText()).isEqualTo("62.01");
        // The province's own registration (tenant 62) is not 62.01's to replay.
        assertThat(status.get("appliedEvents").asLong())
                .isEqualTo(events.stream().filter(e -> e.tenant().equals("62.01")).count());
        assertThat(status.get("percent").decimalValue()).isEqualByComparingTo("100");
        assertThat(rows("62.01")).isEqualTo(incremental);

        Map<String, List<String>> everything = rows(null);
        assertThat(http.postForEntity("/api/replay", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        assertThat(awaitReplayDone().get("tenant").isNull()).isTrue();
        assertThat(rows(null)).isEqualTo(everything);

        // The live consumer carries on after a replay.
        EventEnvelope later = EventStream.envelope(new RealisasiCorrected(
                PerjanjianKinerjaId.parse("62.01/diskopukmp/pk/2023"), "IKU-3.2", Periode.TW1, Nilai.of("5.7"), null,
                null, null, Nilai.of("5.6"), "data final"), Instant.parse("2023-11-01T00:00:00Z"));
        publishAndWait(List.of(later));
        assertThat(rows("62.01").get("realisasi")).hasSize(3);
        assertThat(http.postForEntity("/api/replay/62.99", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private JsonNode awaitReplayDone() {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String state = http.getForObject("/api/replay/status", JsonNode.class).get("state").asText();
            assertThat(state).isNotEqualTo(ReplayStatus.FAILED);
            return state.equals(ReplayStatus.DONE);
        });
        return http.getForObject("/api/replay/status", JsonNode.class);
    }

    private Map<String, List<String>> rows(String tenant) {
        return ReadModelRows.of(jdbc, tenant);
    }
}
