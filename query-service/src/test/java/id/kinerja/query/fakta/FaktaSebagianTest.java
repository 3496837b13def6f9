package id.kinerja.query.fakta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.api.common.Periode;
import id.kinerja.query.support.BadungEvents;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.queryapi.anggaran.AnggaranSusun;
import id.kinerja.queryapi.capaian.CapaianSusun;
import id.kinerja.queryapi.fakta.FaktaPk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capaian and anggaran read only their part of the facts ({@link id.kinerja.queryapi.fakta.FaktaPk.Bagian}); what
 * they serve must be exactly the view the rule book composes from every fact — for every period and month, before, at
 * and after Badung's PK Perubahan and its realisasi. The documents, which ask for their parts of the facts over HTTP,
 * are held to the same by {@code AuditorModeEndToEndTest} (each document from the read models equals the one folded
 * from every event).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaktaSebagianTest extends ReadModelTest {

    private static final String PK = "/api/tenants/67.01/opd/diskopukmp/pk/2023";
    private static final List<Instant> MOMENTS = List.of(Instant.parse("2023-01-05T02:00:00Z"),
            Instant.parse("2023-08-01T00:00:00Z"), BadungEvents.PERUBAHAN_AT.minusMillis(1), BadungEvents.PERUBAHAN_AT,
            BadungEvents.REALISASI_FROM.plusSeconds(60L * 5), Instant.parse("2024-06-01T00:00:00Z"));

    @Autowired
    private FaktaReads fakta;

    @Autowired
    private ObjectMapper json;

    @BeforeAll
    void badung() {
        publishAndWait(BadungEvents.envelopes("67.01", true));
    }

    @Test
    void capaian_from_its_part_of_the_facts_is_the_capaian_of_all_of_them() throws Exception {
        for (Instant at : MOMENTS) {
            FaktaPk all = fakta.fakta("67.01", "diskopukmp", 2023, at);
            for (Periode period : Periode.values()) {
                JsonNode served = json.readTree(http.getForObject(PK + "/capaian?period=" + period + "&asOf=" + at,
                        String.class));
                assertThat(served).as("%s as of %s", period, at)
                        .isEqualTo(json.readTree(json.writeValueAsString(CapaianSusun.capaian(all, period))));
            }
        }
    }

    @Test
    void anggaran_from_its_part_of_the_facts_is_the_anggaran_of_all_of_them() throws Exception {
        for (Instant at : MOMENTS) {
            FaktaPk all = fakta.fakta("67.01", "diskopukmp", 2023, at);
            for (Periode month : Periode.values()) {
                if (month.granularity() != Periode.Granularity.BULAN) {
                    continue;
                }
                JsonNode served = json.readTree(http.getForObject(PK + "/anggaran?sampai=" + month + "&asOf=" + at,
                        String.class));
                assertThat(served).as("%s as of %s", month, at)
                        .isEqualTo(json.readTree(json.writeValueAsString(AnggaranSusun.anggaran(all, month))));
            }
        }
    }

    @Test
    void the_facts_are_served_in_the_parts_asked_for() {
        String facts = PK + "/fakta?asOf=2024-06-01T00:00:00Z";
        JsonNode whole = http.getForObject(facts, JsonNode.class);
        JsonNode pkOnly = http.getForObject(facts + "&bagian=", JsonNode.class);
        JsonNode capaian = http.getForObject(facts + "&bagian=capaian", JsonNode.class);
        JsonNode budget = http.getForObject(facts + "&bagian=capaian,anggaran", JsonNode.class);
        assertThat(whole.get("realisasiAnggaran")).isNotEmpty();
        assertThat(whole.get("revisions")).isNotEmpty();
        assertThat(pkOnly.get("pk")).isEqualTo(whole.get("pk"));
        assertThat(pkOnly.get("realisasi")).isEmpty();
        assertThat(capaian.get("realisasi")).isEqualTo(whole.get("realisasi"));
        assertThat(capaian.get("rencanaAksi")).isEqualTo(whole.get("rencanaAksi"));
        assertThat(capaian.get("realisasiAnggaran")).isEmpty();
        assertThat(capaian.get("revisions")).isEmpty();
        assertThat(budget.get("realisasiAnggaran")).isEqualTo(whole.get("realisasiAnggaran"));
        assertThat(budget.get("rencanaAnggaran")).isEqualTo(whole.get("rencanaAnggaran"));
    }

    @Test
    void an_unknown_part_is_a_problem_at_its_parameter() {
        ResponseEntity<JsonNode> unknown = http.getForEntity(PK + "/fakta?bagian=capaian,semua", JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(unknown.getBody().get("field").asText()).isEqualTo("bagian");
        assertThat(unknown.getBody().get("detail").asText()).contains("semua").contains("anggaran");
    }

    @Test
    void the_views_have_something_to_compare() throws Exception {
        JsonNode capaian = json.readTree(http.getForObject(PK + "/capaian?period=TAHUN", String.class));
        JsonNode anggaran = json.readTree(http.getForObject(PK + "/anggaran", String.class));
        assertThat(capaian.toString()).contains("realisasi");
        assertThat(anggaran.toString()).contains("pagu");
        assertThat(fakta.fakta("67.01", "diskopukmp", 2023, Instant.parse("2024-06-01T00:00:00Z")).realisasiAnggaran())
                .isNotEmpty();
    }
}
