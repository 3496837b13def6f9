package id.kinerja.query.provinsi;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.TenantId;
import id.kinerja.api.pemda.JenisDaerah;
import id.kinerja.api.pemda.PemerintahDaerahRegistered;
import id.kinerja.query.support.BadungEvents;
import id.kinerja.query.support.EventStream;
import id.kinerja.query.support.ReadModelTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two kabupaten of province 61 play Badung's story with the same OPD code and year: 61.01 signs the PK
 * Perubahan, 61.02 does not. Each sees only its own rows; the province sees both side by side, and province 76, with
 * no kabupaten yet, sees none of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationAndRekapTest extends ReadModelTest {

    @BeforeAll
    void twoKabupaten() {
        List<EventEnvelope> events = new ArrayList<>(BadungEvents.envelopes("61.01", true));
        events.addAll(BadungEvents.envelopes("61.02", false));
        events.add(EventStream.envelope(new PemerintahDaerahRegistered(TenantId.of("76"), "Provinsi Tujuh Enam",
                JenisDaerah.PROVINSI), Instant.parse("2023-01-02T00:00:00Z"), "test.operator"));
        publishAndWait(events);
    }

    @Test
    void a_kabupaten_never_sees_another_kabupatens_rows() {
        JsonNode amended = http.getForObject("/api/tenants/61.01/opd/diskopukmp/pk/2023", JsonNode.class);
        JsonNode induk = http.getForObject("/api/tenants/61.02/opd/diskopukmp/pk/2023", JsonNode.class);
        assertThat(amended.get("tenant").asText()).isEqualTo("61.01");
        assertThat(amended.get("totalPagu").asLong()).isEqualTo(BadungEvents.TOTAL_PERUBAHAN);
        assertThat(induk.get("tenant").asText()).isEqualTo("61.02");
        assertThat(induk.get("totalPagu").asLong()).isEqualTo(BadungEvents.TOTAL_INDUK);
        assertThat(induk.get("status").asText()).isEqualTo("PK_INDUK");
        assertThat(http.getForObject("/api/tenants/61.02/opd/diskopukmp/pk/2023/revisi", JsonNode.class)).hasSize(1);
        assertThat(http.getForEntity("/api/tenants/61.02/opd/diskopukmp/pk/2023/revisi/1/perbandingan",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode capaian = http.getForObject("/api/tenants/61.02/opd/diskopukmp/pk/2023/capaian?period=TW1",
                JsonNode.class);
        assertThat(capaian.get("tenant").asText()).isEqualTo("61.02");
        JsonNode budget = http.getForObject("/api/tenants/61.02/opd/diskopukmp/pk/2023/anggaran", JsonNode.class);
        assertThat(budget.get("opdTotal").get("pagu").asLong()).isEqualTo(BadungEvents.TOTAL_INDUK);
        assertThat(budget.get("opdTotal").get("realisasi").asLong()).isEqualTo(41_250_000L);
        assertThat(http.getForEntity("/api/tenants/61.03/opd/diskopukmp/pk/2023", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void the_province_sees_its_kabupaten_side_by_side_with_totals_and_ranking() {
        JsonNode rekap = http.getForObject("/api/provinsi/61/rekap/2023", JsonNode.class);
        assertThat(rekap.get("kabupatenKota")).extracting(d -> d.get("tenant").asText())
                .containsExactly("61.01", "61.02");
        JsonNode penunjang = program(rekap, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota");
        assertThat(penunjang.get("perDaerah").get("61.01").get("pagu").asLong()).isEqualTo(18_594_076_875L);
        assertThat(penunjang.get("perDaerah").get("61.02").get("pagu").asLong()).isEqualTo(16_787_140_098L);
        assertThat(penunjang.get("pagu").asLong()).isEqualTo(18_594_076_875L + 16_787_140_098L);
        JsonNode metrologi = program(rekap, "Program Standardisasi dan Perlindungan Konsumen");
        assertThat(metrologi.get("perDaerah").get("61.02").get("realisasi").asLong()).isEqualTo(41_250_000L);
        JsonNode totals = rekap.get("total");
        assertThat(totals.get(0).get("pagu").asLong()).isEqualTo(BadungEvents.TOTAL_PERUBAHAN);
        assertThat(totals.get(1).get("pagu").asLong()).isEqualTo(BadungEvents.TOTAL_INDUK);
        // Same spending on a smaller pagu: 61.02 absorbs more and ranks first.
        assertThat(rekap.get("peringkatSerapan").get(0).get("tenant").asText()).isEqualTo("61.02");
        assertThat(rekap.get("peringkatSerapan").get(1).get("peringkat").asInt()).isEqualTo(2);
        JsonNode indikator = null;
        for (JsonNode i : rekap.get("indikator")) {
            if (i.get("name").asText().equals("Persentase Koperasi Sehat")) {
                indikator = i;
            }
        }
        assertThat(indikator).isNotNull();
        assertThat(indikator.get("perDaerah").has("61.01")).isTrue();
        assertThat(indikator.get("perDaerah").has("61.02")).isTrue();
        // Asked before any of it was recorded, the province has no kabupaten yet.
        assertThat(http.getForEntity("/api/provinsi/61/rekap/2023?asOf=2022-01-01T00:00:00Z", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // Another province sees none of them.
        assertThat(http.getForObject("/api/provinsi/76/rekap/2023", JsonNode.class).get("kabupatenKota")).isEmpty();
    }

    private static JsonNode program(JsonNode rekap, String name) {
        for (JsonNode program : rekap.get("program")) {
            if (program.get("name").asText().equals(name)) {
                return program;
            }
        }
        throw new AssertionError("no program " + name);
    }
}
