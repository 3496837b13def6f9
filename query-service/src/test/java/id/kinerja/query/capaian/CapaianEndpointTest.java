package id.kinerja.query.capaian;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.api.EventEnvelope;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.indikator.Polarity;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiCorrected;
import id.kinerja.query.support.ReadModelTest;
import id.kinerja.query.support.SmallPk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capaian and efisiensi through the read models with seed figures: 003's complaints indicator (lower is better,
 * target 5 %, realisasi 2 % → 160 %, corrected from 3 %), 001's "capaian kinerja perangkat daerah" (80 % → 90 %,
 * 112,50 %) on Rp 12.649.363.995 with Rp 9.440.925.382 spent (74,64 %, efisiensi 1,51), and a PDRB indicator
 * pending at BPS, left out of the average; the year beside last year's realisasi and the national standard.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapaianEndpointTest extends ReadModelTest {

    private static final String PK = "/api/tenants/73.25/opd/disdagkop/pk/2024";
    private final SmallPk luwu = new SmallPk("73.25", "disdagkop", 2024, Instant.parse("2024-01-10T00:00:00Z"));
    private Instant beforeCorrection;

    @BeforeAll
    void luwuTimur() {
        SmallPk.EnvelopeList events = luwu.start("Kabupaten Luwu Timur", List.of(
                SmallPk.sasaran("S1", "Terciptanya perlindungan konsumen",
                        SmallPk.indicator("IKU-1", "Persentase penurunan pengaduan konsumen tentang alat UTTP",
                                Polarity.LOWER_IS_BETTER),
                        SmallPk.indicator("IKU-PDRB", "Kontribusi sektor perdagangan terhadap PDRB",
                                Polarity.HIGHER_IS_BETTER)),
                SmallPk.sasaran("S2", "Meningkatnya capaian kinerja Perangkat Daerah",
                        SmallPk.indicator("IKU-2", "Capaian kinerja perangkat daerah", Polarity.HIGHER_IS_BETTER))));
        events.add(luwu.program("S1", "P01", "Program Standardisasi dan Perlindungan Konsumen"))
                .addAll(luwu.budgetLine("P01", "P01.K1.S1", 500_000_000L))
                .add(luwu.program("S2", "P02", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"))
                .addAll(luwu.budgetLine("P02", "P02.K1.S1", 12_649_363_995L))
                .add(luwu.target("IKU-1", "5")).add(luwu.target("IKU-PDRB", "12.5")).add(luwu.target("IKU-2", "80"))
                .add(luwu.endTarget("IKU-2", "100"))
                .add(luwu.realisasiTahunLalu("IKU-2", "85.50"))
                .add(luwu.standarNasional("IKU-1", "4", "Kementerian Perdagangan"))
                .add(luwu.signed())
                .add(luwu.realisasi("IKU-1", Periode.TAHUN, "3"))
                .add(luwu.pending("IKU-PDRB", Periode.TAHUN, "Menunggu Rilis PDRB oleh BPS 2025"))
                .add(luwu.realisasi("IKU-2", Periode.TAHUN, "90"))
                .add(new RealisasiAnggaranRecorded(luwu.pk(), "P02.K1.S1", Periode.JUN, Rupiah.of(4_000_000_000L)))
                .add(new RealisasiAnggaranRecorded(luwu.pk(), "P02.K1.S1", Periode.DES, Rupiah.of(5_440_925_382L)));
        beforeCorrection = luwu.clock();
        events.add(new RealisasiCorrected(luwu.pk(), "IKU-1", Periode.TAHUN, Nilai.of("2"), null, null, null,
                Nilai.of("3"), "salah hitung aduan triwulan IV"));
        List<EventEnvelope> envelopes = events.envelopes();
        publishAndWait(envelopes);
    }

    @Test
    void lower_is_better_capaian_after_and_before_its_correction() {
        JsonNode now = http.getForObject(PK + "/capaian", JsonNode.class);
        JsonNode complaints = row(now.get("indicators"), "IKU-1");
        assertThat(complaints.get("capaian").decimalValue()).isEqualByComparingTo("160.00");
        assertThat(complaints.get("keterangan").asText()).isEqualTo("melebihi target");
        assertThat(complaints.get("kategori").asText()).isEqualTo("Sangat Tinggi");
        assertThat(complaints.get("correctionReason").asText()).isEqualTo("salah hitung aduan triwulan IV");
        assertThat(now.get("rumusPolaritas").asText()).contains("(2 × target − realisasi) / target × 100");
        JsonNode before = http.getForObject(PK + "/capaian?asOf=" + beforeCorrection.minusSeconds(1), JsonNode.class);
        assertThat(row(before.get("indicators"), "IKU-1").get("capaian").decimalValue()).isEqualByComparingTo("140.00");
    }

    @Test
    void pending_values_are_left_out_of_the_averages_and_named() {
        JsonNode capaian = http.getForObject(PK + "/capaian?period=TAHUN", JsonNode.class);
        JsonNode pdrb = row(capaian.get("indicators"), "IKU-PDRB");
        assertThat(pdrb.get("status").asText()).isEqualTo("PENDING");
        assertThat(pdrb.get("pendingReason").asText()).contains("BPS");
        assertThat(pdrb.get("capaian").isNull()).isTrue();
        JsonNode s1 = row(capaian.get("sasaran"), "S1").get("rataRata");
        assertThat(s1.get("rataRata").decimalValue()).isEqualByComparingTo("160.00");
        assertThat(s1.get("dihitung").asInt()).isEqualTo(1);
        assertThat(s1.get("dikecualikan").get(0).get("indicatorCode").asText()).isEqualTo("IKU-PDRB");
        JsonNode opd = capaian.get("rataRataOpd");
        // (160,00 + 112,50) / 2
        assertThat(opd.get("rataRata").decimalValue()).isEqualByComparingTo("136.25");
        assertThat(opd.get("jumlahDikecualikan").asInt()).isEqualTo(1);
        JsonNode kinerja = row(capaian.get("indicators"), "IKU-2");
        assertThat(kinerja.get("capaian").decimalValue()).isEqualByComparingTo("112.50");
        assertThat(kinerja.get("tingkatKemajuan").decimalValue()).isEqualByComparingTo("90.00");
    }

    @Test
    void the_year_is_compared_with_last_year_and_with_the_national_standard() {
        JsonNode capaian = http.getForObject(PK + "/capaian?period=TAHUN", JsonNode.class);
        JsonNode kinerja = row(capaian.get("indicators"), "IKU-2");
        assertThat(kinerja.get("realisasiTahunLalu").decimalValue()).isEqualByComparingTo("85.50");
        assertThat(kinerja.get("standarNasional").isNull()).isTrue();
        JsonNode complaints = row(capaian.get("indicators"), "IKU-1");
        assertThat(complaints.get("standarNasional").decimalValue()).isEqualByComparingTo("4");
        assertThat(complaints.get("sumberStandarNasional").asText()).isEqualTo("Kementerian Perdagangan");
        assertThat(row(http.getForObject(PK + "/capaian?period=TW1", JsonNode.class).get("indicators"), "IKU-2")
                .get("realisasiTahunLalu").isNull()).as("a quarter is compared with its target only").isTrue();
    }

    @Test
    void absorption_rolls_up_and_efisiensi_matches_sumenep() {
        JsonNode budget = http.getForObject(PK + "/anggaran", JsonNode.class);
        JsonNode s2 = row(budget.get("sasaran"), "S2");
        assertThat(s2.get("pagu").asLong()).isEqualTo(12_649_363_995L);
        assertThat(s2.get("realisasi").asLong()).isEqualTo(9_440_925_382L);
        assertThat(s2.get("serapan").decimalValue()).isEqualByComparingTo("74.64");
        assertThat(s2.get("capaianKinerja").decimalValue()).isEqualByComparingTo("112.50");
        assertThat(s2.get("efisiensi").get("rasio").decimalValue()).isEqualByComparingTo("1.51");
        assertThat(s2.get("efisiensi").get("efisien").asBoolean()).isTrue();
        JsonNode sub = s2.get("rincian").get(0).get("rincian").get(0).get("rincian").get(0);
        assertThat(sub.get("code").asText()).isEqualTo("P02.K1.S1");
        assertThat(sub.get("serapan").decimalValue()).isEqualByComparingTo("74.64");
        JsonNode total = budget.get("opdTotal");
        assertThat(total.get("pagu").asLong()).isEqualTo(13_149_363_995L);
        assertThat(total.get("realisasi").asLong()).isEqualTo(9_440_925_382L);
        // up to June only the first payment counts
        JsonNode june = http.getForObject(PK + "/anggaran?sampai=JUN", JsonNode.class);
        assertThat(june.get("opdTotal").get("realisasi").asLong()).isEqualTo(4_000_000_000L);
    }

    private static JsonNode row(JsonNode rows, String code) {
        for (JsonNode row : rows) {
            if (row.get("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }
}
