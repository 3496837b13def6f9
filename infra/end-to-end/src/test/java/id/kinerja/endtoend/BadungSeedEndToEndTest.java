package id.kinerja.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.localstack.Platform;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Badung's seed (004) imported as a file, as a kabupaten would: the platform reproduces the total pagu before
 * (19.878.378.920) and after (22.243.685.702) the PK Perubahan from its sub kegiatan pagu, and lists where the
 * document contradicts itself — BAB II Tabel 1 prints other targets than the signed lampiran, and the printout after
 * the lampiran other pagu for P04 and P13 — with both numbers. Imported under its own OPD code so it sits beside the
 * request-by-request Badung story of the other test.
 */
class BadungSeedEndToEndTest {

    private static final String PK = "/api/tenants/51.03/opd/diskop-seed/pk/2023";

    @Test
    void the_seed_is_reproduced_and_its_contradictions_listed() throws Exception {
        Platform platform = RunningPlatform.get();
        JsonNode report = ImportedSeeds.imported("badung-2023", "diskop-seed");
        Instant signedNotAmended = Instant.parse(report.path("milestones").get(0).path("recordedAt").asText());

        String pk = platform.queryUrl() + PK;
        assertThat(Http.get(pk).json().path("totalPagu").asLong()).isEqualTo(22_243_685_702L);
        assertThat(Http.get(pk + "?asOf=" + signedNotAmended).json().path("totalPagu").asLong())
                .isEqualTo(19_878_378_920L);

        JsonNode selisih = Http.get(pk + "/selisih?semua=true").json();
        assertThat(selisih.path("checked").asInt()).isEqualTo(12);
        for (JsonNode line : selisih.path("lines")) {
            if (line.path("kind").asText().equals("PAGU_TOTAL")) {
                assertThat(line.path("agrees").asBoolean()).as(line.toString()).isTrue();
            } else {
                assertThat(line.path("agrees").asBoolean()).as(line.toString()).isFalse();
            }
        }
        JsonNode koperasiSehat = Http.get(pk + "/selisih").json().path("lines").get(0);
        assertThat(koperasiSehat.path("key").asText()).isEqualTo("IKU-1.1");
        assertThat(koperasiSehat.path("stated").decimalValue()).isEqualByComparingTo("8.00");
        assertThat(koperasiSehat.path("computed").decimalValue()).isEqualByComparingTo("7.00");
    }
}
