package id.kinerja.query.pk;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.query.support.BadungEvents;
import id.kinerja.query.support.ReadModelTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Badung's PK 2023 (seed 004) asked around its PK Perubahan of 22 Sep 2023: before it was recorded the induk
 * (Rp 19.878.378.920), after it the Perubahan (Rp 22.243.685.702); the comparison shows every line before and after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerjanjianKinerjaAsOfTest extends ReadModelTest {

    private static final String PK = "/api/tenants/51.03/opd/diskopukmp/pk/2023";

    @BeforeAll
    void badung() {
        publishAndWait(BadungEvents.envelopes("51.03", true));
    }

    @Test
    void before_the_amendment_was_recorded_the_pk_induk_is_in_force() {
        JsonNode pk = http.getForObject(PK + "?asOf=2023-08-01T00:00:00Z", JsonNode.class);
        assertThat(pk.get("status").asText()).isEqualTo("PK_INDUK");
        assertThat(pk.get("revisiBerlaku").get("revision").asInt()).isZero();
        assertThat(pk.get("totalPagu").asLong()).isEqualTo(BadungEvents.TOTAL_INDUK);
        assertThat(subKegiatan(pk, "P13.K1.S1").get("pagu").asLong()).isEqualTo(16_787_140_098L);
        assertThat(subKegiatan(pk, "P01.K2.S1")).isNull();
        JsonNode sasaran = pk.get("sasaran").get(0);
        assertThat(sasaran.get("code").asText()).isEqualTo("S1");
        assertThat(sasaran.get("indicators").get(0).get("target").decimalValue()).isEqualByComparingTo("7.0");
    }

    @Test
    void after_the_amendment_the_perubahan_is_in_force_with_derived_totals() {
        JsonNode pk = http.getForObject(PK + "?asOf=2023-09-22T16:00:00Z", JsonNode.class);
        assertThat(pk.get("status").asText()).isEqualTo("PK_PERUBAHAN");
        assertThat(pk.get("revisiBerlaku").get("revision").asInt()).isEqualTo(1);
        assertThat(pk.get("totalPagu").asLong()).isEqualTo(BadungEvents.TOTAL_PERUBAHAN);
        assertThat(subKegiatan(pk, "P13.K1.S1").get("pagu").asLong()).isEqualTo(18_594_076_875L);
        assertThat(subKegiatan(pk, "P01.K2.S1").get("paguRevision").asInt()).isEqualTo(1);
        long sumOfSasaran = 0;
        for (JsonNode sasaran : pk.get("sasaran")) {
            sumOfSasaran += sasaran.get("pagu").asLong();
        }
        assertThat(sumOfSasaran).isEqualTo(BadungEvents.TOTAL_PERUBAHAN);
        // Program P01 now carries two kegiatan: 2.574.497 + 612.123.
        assertThat(program(pk, "P01").get("pagu").asLong()).isEqualTo(2_574_497L + 612_123L);
        assertThat(http.getForObject(PK, JsonNode.class).get("totalPagu").asLong())
                .isEqualTo(BadungEvents.TOTAL_PERUBAHAN);
    }

    @Test
    void while_drafting_the_pk_has_no_revision_and_before_it_there_is_none() {
        JsonNode draft = http.getForObject(PK + "?asOf=2023-01-05T02:00:00Z", JsonNode.class);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("revisiBerlaku").isNull()).isTrue();
        ResponseEntity<JsonNode> before = http.getForEntity(PK + "?asOf=2022-12-31T00:00:00Z", JsonNode.class);
        assertThat(before.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(before.getBody().get("rule").asText()).isEqualTo("not-found");
    }

    @Test
    void revisions_are_listed_as_known_at_the_time() {
        assertThat(http.getForObject(PK + "/revisi?asOf=2023-08-01T00:00:00Z", JsonNode.class)).hasSize(1);
        JsonNode revisions = http.getForObject(PK + "/revisi", JsonNode.class);
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(1).get("reason").asText()).isEqualTo("PERUBAHAN_PRIORITAS_ASUMSI");
        assertThat(revisions.get(1).get("effectiveDate").asText()).isEqualTo("2023-09-22");
    }

    @Test
    void the_comparison_shows_each_line_before_and_after_with_reason_date_and_signatories() {
        JsonNode comparison = http.getForObject(PK + "/revisi/1/perbandingan", JsonNode.class);
        assertThat(comparison.get("totalSebelum").asLong()).isEqualTo(BadungEvents.TOTAL_INDUK);
        assertThat(comparison.get("totalSesudah").asLong()).isEqualTo(BadungEvents.TOTAL_PERUBAHAN);
        assertThat(comparison.get("selisih").asLong()).isEqualTo(2_365_306_782L);
        JsonNode revisi = comparison.get("revisi");
        assertThat(revisi.get("reason").asText()).isEqualTo("PERUBAHAN_PRIORITAS_ASUMSI");
        assertThat(revisi.get("explanation").asText()).contains("APBD Perubahan");
        assertThat(revisi.get("signedOn").asText()).isEqualTo("2023-09-22");
        assertThat(revisi.get("pihakPertama").get("name").asText()).isEqualTo("I Made Widiana, S.Sos., M.Si.");
        assertThat(revisi.get("pihakKedua").get("position").asText()).isEqualTo("Bupati Badung");
        assertThat(comparison.get("revisiSebelumnya").get("revision").asInt()).isZero();
        JsonNode p13 = line(comparison.get("pagu"), "P13.K1.S1");
        assertThat(p13.get("sebelum").asLong()).isEqualTo(16_787_140_098L);
        assertThat(p13.get("sesudah").asLong()).isEqualTo(18_594_076_875L);
        assertThat(p13.get("berubah").asBoolean()).isTrue();
        JsonNode added = line(comparison.get("pagu"), "P01.K2.S1");
        assertThat(added.get("sebelum").isNull()).isTrue();
        assertThat(added.get("sesudah").asLong()).isEqualTo(612_123L);
        JsonNode unchanged = line(comparison.get("pagu"), "P02.K1.S1");
        assertThat(unchanged.get("berubah").asBoolean()).isFalse();
        assertThat(comparison.get("pagu")).hasSize(14);
        assertThat(comparison.get("target")).hasSize(7);
        assertThat(comparison.get("target").get(0).get("sebelum").decimalValue())
                .isEqualByComparingTo(comparison.get("target").get(0).get("sesudah").decimalValue());
        assertThat(http.getForEntity(PK + "/revisi/1/perbandingan?asOf=2023-08-01T00:00:00Z", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void bad_input_is_an_rfc7807_problem() {
        ResponseEntity<JsonNode> malformed = http.getForEntity(PK + "?asOf=kemarin", JsonNode.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(malformed.getBody().get("rule").asText()).isEqualTo("malformed");
        assertThat(malformed.getBody().get("field").asText()).isEqualTo("asOf");
        ResponseEntity<JsonNode> unknown = http.getForEntity("/api/tenants/51.99/opd/diskopukmp/pk/2023",
                JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("detail").asText()).contains("51.99");
        ResponseEntity<JsonNode> period = http.getForEntity(PK + "/capaian?period=TW5", JsonNode.class);
        assertThat(period.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(period.getBody().get("field").asText()).isEqualTo("period");
    }

    @Test
    void the_rencana_aksi_and_realisasi_give_capaian_and_absorption() {
        JsonNode tw1 = http.getForObject(PK + "/capaian?period=TW1", JsonNode.class);
        JsonNode uttp = line(tw1.get("indicators"), "IKU-3.2");
        assertThat(uttp.get("target").decimalValue()).isEqualByComparingTo("5.0");
        assertThat(uttp.get("realisasi").decimalValue()).isEqualByComparingTo("5.4");
        assertThat(uttp.get("capaian").decimalValue()).isEqualByComparingTo("108.00");
        assertThat(uttp.get("keterangan").asText()).isEqualTo("melebihi target");
        assertThat(uttp.get("kategori").asText()).isEqualTo("Sangat Tinggi");
        JsonNode s3 = line(tw1.get("sasaran"), "S3");
        assertThat(s3.get("rataRata").get("rataRata").decimalValue()).isEqualByComparingTo("108.00");
        assertThat(s3.get("rataRata").get("jumlahDikecualikan").asInt()).isEqualTo(1);
        JsonNode budget = http.getForObject(PK + "/anggaran", JsonNode.class);
        assertThat(budget.get("opdTotal").get("pagu").asLong()).isEqualTo(BadungEvents.TOTAL_PERUBAHAN);
        assertThat(budget.get("opdTotal").get("realisasi").asLong()).isEqualTo(41_250_000L);
        JsonNode p11 = line(line(budget.get("sasaran"), "S3").get("rincian"), "P11");
        // 41.250.000 / 551.124.938 = 7,48 %
        assertThat(p11.get("serapan").decimalValue()).isEqualByComparingTo("7.48");
    }

    private static JsonNode subKegiatan(JsonNode pk, String code) {
        for (JsonNode sasaran : pk.get("sasaran")) {
            for (JsonNode program : sasaran.get("programs")) {
                for (JsonNode kegiatan : program.get("kegiatan")) {
                    for (JsonNode sub : kegiatan.get("subKegiatan")) {
                        if (sub.get("code").asText().equals(code)) {
                            return sub;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static JsonNode program(JsonNode pk, String code) {
        List<JsonNode> programs = new ArrayList<>();
        pk.get("sasaran").forEach(s -> s.get("programs").forEach(programs::add));
        return line(programs, code);
    }

    static JsonNode line(Iterable<JsonNode> lines, String code) {
        for (JsonNode line : lines) {
            for (String field : List.of("code", "subKegiatanCode", "indicatorCode")) {
                if (line.has(field) && line.get(field).asText().equals(code)) {
                    return line;
                }
            }
        }
        throw new AssertionError("no line " + code);
    }
}
