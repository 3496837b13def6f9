package id.kinerja.query.capaian;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.EventJson;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Predikat;
import id.kinerja.api.indikator.Indicator;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.indikator.Scale;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: values that reached the event store before any bound existed — 1e309, 1e-400, 1e999999 (beyond what a numeric column
 * holds) — a zero target, a lower-is-better realisasi far worse than its target, a predikat: every
 * read still answers, marking what the rule book does not compute with, now and as of any time, also after the
 * value was corrected.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredValuesTest extends ReadModelTest {

    private static final String PK = "/api/tenants/73.24/opd/racun/pk/2024";
    private final SmallPk pk = new SmallPk("73.24", "racun", 2024, Instant.parse("2024-02-01T00:00:00Z"));
    private Instant poisoned;

    @BeforeAll
    void storedBeforeBoundsExisted() {
        SmallPk.EnvelopeList events = pk.start("Kabupaten Luwu Utara", List.of(
                SmallPk.sasaran("S1", "Sasaran satu",
                        SmallPk.indicator("BESAR", "Nilai sangat besar", Polarity.HIGHER_IS_BETTER),
                        SmallPk.indicator("KECIL", "Nilai sangat kecil", Polarity.HIGHER_IS_BETTER),
                        SmallPk.indicator("RAKSASA", "Nilai di luar kolom numeric", Polarity.HIGHER_IS_BETTER),
                        SmallPk.indicator("NOL", "Target nol", Polarity.HIGHER_IS_BETTER),
                        SmallPk.indicator("ADUAN", "Persentase pengaduan", Polarity.LOWER_IS_BETTER),
                        new Indicator("SAKIP", "Predikat SAKIP", "predikat", Polarity.HIGHER_IS_BETTER,
                                PeriodCombination.LEVEL, Scale.PREDIKAT, null))));
        events.add(pk.program("S1", "P01", "Program Satu")).addAll(pk.budgetLine("P01", "P01.K1.S1", 1_000_000L))
                .add(pk.target("BESAR", "10")).add(pk.target("KECIL", "10")).add(pk.target("RAKSASA", "1e999999"))
                .add(pk.target("NOL", "0")).add(pk.target("ADUAN", "5"))
                .add(new id.kinerja.api.pk.TargetSet(pk.pk(), "SAKIP", Nilai.of(Predikat.A), null))
                .add(pk.signed())
                .add(pk.realisasi("BESAR", Periode.TW1, "1e309")).add(pk.realisasi("BESAR", Periode.TW2, "3"))
                .add(pk.realisasi("KECIL", Periode.TAHUN, "1e-400"))
                .add(pk.realisasi("RAKSASA", Periode.TAHUN, "-1e999999"))
                .add(pk.realisasi("NOL", Periode.TAHUN, "4"))
                .add(pk.realisasi("ADUAN", Periode.TAHUN, "12"))
                .add(new RealisasiRecorded(pk.pk(), "SAKIP", Periode.TAHUN, Nilai.of(Predikat.BB), null, null, null,
                        null));
        poisoned = pk.clock();
        events.add(new RealisasiCorrected(pk.pk(), "BESAR", Periode.TW1, Nilai.of("4"), null, null, null,
                Nilai.of("1e309"), "salah ketik"));
        publishAndWait(events.envelopes());
    }

    @Test
    void capaian_answers_and_marks_what_it_does_not_compute() {
        JsonNode before = capaian("?asOf=" + poisoned.minusSeconds(1));
        JsonNode besar = row(before, "BESAR");
        assertThat(besar.get("status").asText()).isEqualTo("TIDAK_TERHITUNG");
        assertThat(besar.get("catatan").asText()).contains("di luar batas hitung");
        assertThat(besar.get("realisasi").decimalValue()).isEqualByComparingTo("1e309");
        assertThat(row(before, "KECIL").get("status").asText()).isEqualTo("TIDAK_TERHITUNG");
        JsonNode raksasa = row(before, "RAKSASA");
        assertThat(raksasa.get("status").asText()).isEqualTo("TIDAK_TERHITUNG");
        assertThat(raksasa.get("target").decimalValue()).as("kept as recorded, not turned into 0 by the driver")
                .isEqualByComparingTo("1e999999");
        assertThat(raksasa.get("realisasi").decimalValue()).isEqualByComparingTo("-1e999999");
        assertThat(row(before, "NOL").get("status").asText()).isEqualTo("TANPA_TARGET");
        JsonNode aduan = row(before, "ADUAN");
        assertThat(aduan.get("capaian").decimalValue()).isEqualByComparingTo("0");
        assertThat(aduan.get("catatan").asText()).contains("-40,00 %");
        assertThat(aduan.get("kategori").asText()).isEqualTo("Sangat Rendah");
        assertThat(row(before, "SAKIP").get("capaian").decimalValue()).isEqualByComparingTo("88.24");
        assertThat(before.get("rataRataOpd").get("dihitung").asInt()).isEqualTo(2);
        assertThat(before.get("rumusPolaritas").asText()).contains("tidak pernah di bawah 0 %");
        // corrected: the TW1 value is 4; the year (a level) is the last measured value, TW2 = 3
        JsonNode now = capaian("");
        assertThat(row(now, "BESAR").get("capaian").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(row(capaian("?period=TW1"), "BESAR").get("realisasi").decimalValue()).isEqualByComparingTo("4");
        for (String period : List.of("TW1", "TW2", "TAHUN")) {
            assertThat(http.getForEntity(PK + "/capaian?period=" + period + "&asOf=" + poisoned.minusSeconds(1), String.class)
                    .getStatusCode().value()).isEqualTo(200);
        }
    }

    @Test
    void every_other_read_of_the_pk_answers_too() {
        for (String path : List.of("", "/anggaran", "/selisih", "/revisi", "/verifikasi", "/narasi")) {
            ResponseEntity<String> answer = http.getForEntity(PK + path + "?asOf=" + poisoned.minusSeconds(1), String.class);
            assertThat(answer.getStatusCode().value()).as(path + ": " + answer.getBody()).isEqualTo(200);
        }
    }

    /** Read with exact decimals: 1E+999999 is no double. */
    private JsonNode capaian(String query) {
        ResponseEntity<String> answer = http.getForEntity(PK + "/capaian" + query, String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        try {
            return EventJson.mapper().readTree(answer.getBody());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode row(JsonNode view, String code) {
        for (JsonNode row : view.get("indicators")) {
            if (row.get("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }
}
