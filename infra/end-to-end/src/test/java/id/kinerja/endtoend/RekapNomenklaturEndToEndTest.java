package id.kinerja.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bali's recap from the seeds as imported: Badung (004) prints "Program Pemberdayaan Usaha Menengah, Usaha Kecil dan
 * Usaha Mikro (UMKM)", Buleleng (000) "… Usaha Kecil, dan Usaha Mikro (UMKM)". The import gives both the national
 * code 2.17.07 and the province sees one program; the import report names what it could not map.
 */
class RekapNomenklaturEndToEndTest {

    @Test
    void one_national_program_however_each_kabupaten_prints_it() throws Exception {
        JsonNode badung = ImportedSeeds.imported("badung-2023", "diskop-seed");
        JsonNode buleleng = ImportedSeeds.imported("buleleng-2023");
        assertThat(badung.at("/nomenklatur/dipetakan").asInt()).isEqualTo(27);
        assertThat(buleleng.at("/nomenklatur/tidakDipetakan").toString())
                .contains("pk.programs[0].kegiatan[0]", "kegiatan tidak dirinci pada lampiran 000");

        JsonNode rekap = Http.get(RunningPlatform.get().queryUrl() + "/api/provinsi/51/rekap/2023").json();
        List<JsonNode> umkm = new ArrayList<>();
        rekap.get("program").forEach(p -> {
            if (p.path("kode").asText().equals("2.17.07")) {
                umkm.add(p);
            }
        });
        assertThat(umkm).hasSize(1);
        assertThat(umkm.get(0).get("dicocokkan").asText()).isEqualTo("KODE");
        // Badung's five UMKM sub kegiatan after the Perubahan (another test may add Badung's story under a second
        // OPD code, whose UMKM program joins the same line); Buleleng's program pagu as its lampiran prints it, once
        // for each OPD code the seed was imported under (the reporting cycle's test adds a second).
        assertThat(umkm.get(0).get("perDaerah").get("51.03").get("pagu").asLong()).isGreaterThanOrEqualTo(596_525_763L);
        long bulelengPagu = umkm.get(0).get("perDaerah").get("51.08").get("pagu").asLong();
        assertThat(bulelengPagu).isPositive();
        assertThat(bulelengPagu % 443_963_160L).isZero();
        assertThat(rekap.get("program").toString()).doesNotContain("Usaha Kecil dan Usaha Mikro (UMKM)");
    }
}
