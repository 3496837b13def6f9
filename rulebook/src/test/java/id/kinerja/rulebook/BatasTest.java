package id.kinerja.rulebook;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Predikat;
import id.kinerja.api.indikator.FormulaKind;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** No stored value makes the book fail: what it cannot compute with is marked, with the reason. */
class BatasTest {

    private static final List<String> POISON = List.of("1e309", "-1e309", "1e-400", "1e999999999", "-1e-999999999",
            "1E+16", "0.00000000001", "123456789012345678901234567890.5");

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "-1e309", "1e-400", "1e999999999", "-1e-999999999", "1E+16", "0.00000000001"})
    void a_poison_realisasi_is_shown_not_computed(String poison) {
        Capaian capaian = within(() -> Capaian.hitung(Polarity.HIGHER_IS_BETTER, Nilai.of("5"),
                Realisasi.of(Nilai.of(poison))));
        assertThat(capaian.status()).isEqualTo(StatusCapaian.TIDAK_TERHITUNG);
        assertThat(capaian.catatan()).contains("realisasi", "di luar batas hitung").hasSizeLessThan(200);
        assertThat(RataRata.Anggota.dari("X", capaian).alasan()).startsWith("tidak terhitung: realisasi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "1e-400", "1e999999999", "-1e999999999"})
    void a_poison_target_is_shown_not_computed(String poison) {
        for (Polarity polarity : Polarity.values()) {
            Capaian capaian = within(() -> Capaian.hitung(polarity, Nilai.of(poison), Realisasi.of(Nilai.of("5"))));
            assertThat(capaian.status()).isEqualTo(StatusCapaian.TIDAK_TERHITUNG);
            assertThat(capaian.catatan()).startsWith("target");
        }
    }

    @Test
    void every_rule_survives_every_poison() {
        for (String poison : POISON) {
            BigDecimal p = new BigDecimal(poison);
            within(() -> {
                TingkatKemajuan.hitung(Polarity.LOWER_IS_BETTER, Nilai.of(p), Nilai.of("5"));
                TingkatKemajuan.hitung(Polarity.HIGHER_IS_BETTER, Nilai.of("5"), Nilai.of(p));
                Efisiensi.hitung(p, BigDecimal.TEN);
                Efisiensi.hitung(BigDecimal.TEN, p);
                Persen.dari(p, BigDecimal.ONE);
                NilaiTahunan.gabung(PeriodCombination.SUM, Arrays.asList(BigDecimal.ONE, p), 2);
                NilaiTahunan.gabung(PeriodCombination.AVERAGE, Arrays.asList(p, p), 999999999);
                Map<Periode, Realisasi> periods = new EnumMap<>(Periode.class);
                periods.put(Periode.TW1, Realisasi.of(Nilai.of("1")));
                periods.put(Periode.TW2, Realisasi.of(Nilai.of(p)));
                Realisasi year = NilaiTahunan.realisasi(PeriodCombination.SUM, periods, Periode.TAHUN);
                Capaian.hitung(Polarity.HIGHER_IS_BETTER, Nilai.of("10"), year);
                Rumus.masalah(FormulaKind.PERTUMBUHAN, Map.of("nilai_tahun_ini", p, "nilai_tahun_lalu", BigDecimal.ONE));
                Kategori.of(p);
                Keterangan.of(p);
                return null;
            });
        }
        assertThat(Rumus.masalah(FormulaKind.RASIO, Map.of("pembilang", new BigDecimal("1e309"),
                "penyebut", BigDecimal.ONE))).singleElement().asString().contains("di luar batas hitung");
        assertThat(NilaiTahunan.gabung(PeriodCombination.SUM, List.of(BigDecimal.ONE, new BigDecimal("1e309")), 2))
                .isEmpty();
    }

    @Test
    void lower_is_better_never_goes_below_zero() {
        // Target 5 %, realisasi 12 %: the formula gives (10 − 12) / 5 = −40 %, recorded as 0 % with the figure named.
        Capaian worse = Capaian.hitung(Polarity.LOWER_IS_BETTER, Nilai.of("5"), Realisasi.of(Nilai.of("12")));
        assertThat(worse.status()).isEqualTo(StatusCapaian.ADA);
        assertThat(worse.persen()).isEqualTo(new BigDecimal("0.00"));
        assertThat(worse.catatan()).isEqualTo("rumus memberi -40,00 %; capaian tidak pernah di bawah 0 %");
        assertThat(worse.kategori()).isEqualTo(Kategori.SANGAT_RENDAH);
        assertThat(worse.keterangan()).isEqualTo(Keterangan.BELUM_MENCAPAI_TARGET);
        // Exactly twice the target: 0 %, no note needed.
        assertThat(Capaian.hitung(Polarity.LOWER_IS_BETTER, Nilai.of("5"), Realisasi.of(Nilai.of("10"))))
                .isEqualTo(new Capaian(StatusCapaian.ADA, new BigDecimal("0.00"), null));
        // A negative growth against a positive target is no achievement either.
        assertThat(Capaian.hitung(Polarity.HIGHER_IS_BETTER, Nilai.of("5"), Realisasi.of(Nilai.of("-2"))).persen())
                .isEqualTo(new BigDecimal("0.00"));
        assertThat(TingkatKemajuan.hitung(Polarity.LOWER_IS_BETTER, Nilai.of("40"), Nilai.of("14.2")))
                .contains(new BigDecimal("0.00"));
    }

    @ParameterizedTest
    @CsvSource({"0, TANPA_TARGET", "-3, TIDAK_TERHITUNG"})
    void zero_and_negative_targets_have_no_capaian(String target, StatusCapaian status) {
        for (Polarity polarity : Polarity.values()) {
            assertThat(Capaian.hitung(polarity, Nilai.of(target), Realisasi.of(Nilai.of("3"))).status())
                    .isEqualTo(status);
        }
        assertThat(TingkatKemajuan.hitung(Polarity.HIGHER_IS_BETTER, Nilai.of("3"), Nilai.of(target))).isEmpty();
    }

    @Test
    void predikat_values_use_their_band_midpoint() {
        // Target A (80–90 → 85), realisasi BB (70–80 → 75): 75 / 85 = 88,24 %.
        Capaian graded = Capaian.hitung(Polarity.HIGHER_IS_BETTER, Nilai.of(Predikat.A),
                Realisasi.of(Nilai.of(Predikat.BB)));
        assertThat(graded.persen()).isEqualTo(new BigDecimal("88.24"));
        Map<Periode, Realisasi> periods = new EnumMap<>(Periode.class);
        periods.put(Periode.TW2, Realisasi.of(Nilai.of(Predikat.B)));
        periods.put(Periode.TW4, Realisasi.of(Nilai.of(Predikat.A)));
        assertThat(NilaiTahunan.realisasi(PeriodCombination.LEVEL, periods, Periode.TAHUN).value())
                .isEqualTo(Nilai.of(Predikat.A));
    }

    @Test
    void pending_and_missing_values_are_not_computed() {
        assertThat(Capaian.hitung(Polarity.HIGHER_IS_BETTER, Nilai.of("5"), null).status())
                .isEqualTo(StatusCapaian.BELUM_ADA);
        assertThat(Capaian.hitung(Polarity.HIGHER_IS_BETTER, null, Realisasi.of(Nilai.of("5"))).status())
                .isEqualTo(StatusCapaian.TANPA_TARGET);
        Capaian pending = Capaian.hitung(Polarity.HIGHER_IS_BETTER, Nilai.of("5"), Realisasi.pending("BPS"));
        assertThat(pending).isEqualTo(new Capaian(StatusCapaian.PENDING, null, "BPS"));
        assertThat(pending.kategori()).isNull();
        assertThat(RataRata.of(List.of(RataRata.Anggota.dari("X", pending))).rataRata()).isNull();
    }

    @Test
    void rupiah_totals_saturate_instead_of_wrapping() {
        assertThat(Jumlah.tambah(Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(Jumlah.tambah(Long.MIN_VALUE, -1)).isEqualTo(Long.MIN_VALUE);
        assertThat(Jumlah.tambah(2, 3)).isEqualTo(5);
        assertThat(Serapan.hitung(5, 0)).isEmpty();
        assertThat(Serapan.hitung(Long.MAX_VALUE, 1)).isEmpty();
        Rekap<String> rekap = new Rekap<>();
        rekap.tambah("P", "51.03", Long.MAX_VALUE, 1);
        rekap.tambah("P", "51.08", Long.MAX_VALUE, 1);
        assertThat(rekap.kelompok("P").total().pagu()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void ranking_is_competition_style() {
        record Daerah(String code, BigDecimal figure) {
        }
        List<Peringkat.Tempat<Daerah>> ranked = Peringkat.urutkan(List.of(new Daerah("51.08", new BigDecimal("90")),
                new Daerah("51.03", new BigDecimal("95")), new Daerah("51.01", new BigDecimal("90")),
                new Daerah("51.02", null), new Daerah("51.04", new BigDecimal("80"))), Daerah::figure, Daerah::code);
        assertThat(ranked).extracting(t -> t.peringkat() + " " + t.item().code())
                .containsExactly("1 51.03", "2 51.01", "2 51.08", "4 51.04");
    }

    private static <T> T within(java.util.function.Supplier<T> work) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), work::get);
    }

    @Test
    void the_book_states_every_rule_once() {
        assertThat(BukuAturan.semua()).extracting(Aturan::id).doesNotHaveDuplicates();
        assertThat(BukuAturan.semua()).allSatisfy(rule -> {
            assertThat(rule.teks()).isNotBlank();
            assertThat(rule.sumber()).isNotBlank();
        });
        assertThat(BukuAturan.aturan("capaian").orElseThrow().teks()).contains("tidak pernah di bawah 0 %");
    }
}
