package id.kinerja.query.capaian;

import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The calculations of DOMAIN.md with the figures of the seed documents. */
class CalculationsTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void capaian_higher_is_better_is_realisasi_over_target() {
        // 001 Tabel 3.9: target 80 %, realisasi 90 % → 112,50 %.
        assertThat(Capaian.of(Polarity.HIGHER_IS_BETTER, d("80"), d("90"))).contains(d("112.50"));
        assertThat(Capaian.of(Polarity.HIGHER_IS_BETTER, d("5.0"), d("5.4"))).contains(d("108.00"));
    }

    @Test
    void capaian_lower_is_better_is_two_targets_minus_realisasi_over_target() {
        // 003: complaints about UTTP, target 5 %, realisasi 2 % → 160 %.
        assertThat(Capaian.of(Polarity.LOWER_IS_BETTER, d("5"), d("2"))).contains(d("160.00"));
        assertThat(Capaian.of(Polarity.LOWER_IS_BETTER, d("5"), d("5"))).contains(d("100.00"));
        assertThat(Capaian.of(Polarity.LOWER_IS_BETTER, d("5"), d("7"))).contains(d("60.00"));
    }

    @Test
    void capaian_of_a_zero_target_is_undefined() {
        assertThat(Capaian.of(Polarity.HIGHER_IS_BETTER, BigDecimal.ZERO, d("3"))).isEmpty();
    }

    @Test
    void keterangan_compares_with_one_hundred_exactly() {
        assertThat(Keterangan.of(d("100.01")).label()).isEqualTo("melebihi target");
        assertThat(Keterangan.of(d("100.00")).label()).isEqualTo("sesuai target");
        assertThat(Keterangan.of(d("99.99")).label()).isEqualTo("belum mencapai target");
    }

    @ParameterizedTest
    @CsvSource({"160.00, SANGAT_TINGGI", "91, SANGAT_TINGGI", "90.50, SANGAT_TINGGI", "90.49, TINGGI",
            "76, TINGGI", "75.50, TINGGI", "75.49, SEDANG", "66, SEDANG", "65.49, RENDAH", "51, RENDAH",
            "50.50, RENDAH", "50.49, SANGAT_RENDAH", "0, SANGAT_RENDAH", "-20, SANGAT_RENDAH"})
    void kategori_rounds_to_whole_percent_then_places_in_the_bands(String capaian, Kategori expected) {
        assertThat(Kategori.of(d(capaian))).isEqualTo(expected);
    }

    @Test
    void serapan_and_efisiensi_of_sumenep_2023() {
        // 001 Tabel 3.9: Rp 9.440.925.382 of Rp 12.649.363.995 = 74,64 %; 112,50 % / 74,64 % = 1,51 efisien.
        BigDecimal serapan = Serapan.of(9_440_925_382L, 12_649_363_995L).orElseThrow();
        assertThat(serapan).isEqualTo(d("74.64"));
        assertThat(Efisiensi.of(d("112.50"), serapan)).contains(new Efisiensi(d("1.51"), true));
        assertThat(Efisiensi.of(d("100.00"), serapan)).contains(new Efisiensi(d("1.34"), true));
        assertThat(Efisiensi.of(d("50.00"), serapan).orElseThrow().efisien()).isFalse();
        assertThat(Serapan.of(5, 0)).isEmpty();
    }

    @Test
    void tingkat_kemajuan_is_realisasi_over_the_renstra_end_target() {
        assertThat(TingkatKemajuan.of(Polarity.HIGHER_IS_BETTER, d("90"), d("100"))).contains(d("90.00"));
        assertThat(TingkatKemajuan.of(Polarity.HIGHER_IS_BETTER, d("156"), d("200"))).contains(d("78.00"));
    }

    @Test
    void averages_leave_pending_out_and_say_which() {
        RataRata mean = RataRata.of(List.of(new RataRata.Nilai("IKU-1", d("160.00"), null),
                new RataRata.Nilai("IKU-2", d("112.50"), null),
                new RataRata.Nilai("IKU-PDRB", null, "pending: Menunggu Rilis PDRB oleh BPS 2024")));
        assertThat(mean.rataRata()).isEqualTo(d("136.25"));
        assertThat(mean.dihitung()).isEqualTo(2);
        assertThat(mean.jumlahDikecualikan()).isEqualTo(1);
        assertThat(mean.dikecualikan()).containsExactly(
                new RataRata.Dikecualikan("IKU-PDRB", "pending: Menunggu Rilis PDRB oleh BPS 2024"));
        assertThat(RataRata.of(List.of(new RataRata.Nilai("X", null, "belum ada realisasi"))).rataRata()).isNull();
    }

    @Test
    void year_values_combine_periods_by_kind() {
        // 002: UTTP tera 70 + 585 + 120 + 170 = 945; koperasi supervised 39, 78, 117, 156 → 156.
        assertThat(PeriodCombination.SUM.yearValue(Arrays.asList(d("70"), d("585"), d("120"), d("170")), 2))
                .contains(d("945"));
        assertThat(PeriodCombination.CUMULATIVE.yearValue(Arrays.asList(d("39"), d("78"), d("117"), d("156")), 2))
                .contains(d("156"));
    }
}
