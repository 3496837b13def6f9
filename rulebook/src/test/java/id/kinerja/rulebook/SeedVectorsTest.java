package id.kinerja.rulebook;

import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.indikator.PeriodCombination;
import id.kinerja.api.indikator.Polarity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule book against the figures the seed documents print: every vector names its seed ({@code ../shared/seeds})
 * and table. Where a seed prints a figure by another rule, the vector says so and pins the book's answer.
 */
class SeedVectorsTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest(name = "{0} {1}: {2} {3} → {4} = {5} % ({6})")
    @CsvSource(delimiter = '|', textBlock = """
            001 | Tabel 3.2      | Pendapatan UMKM naik          | HIGHER_IS_BETTER | 7      | 16.24  | 232.00  | melebihi target
            001 | Tabel 3.3      | Pendapatan UMKM naik 2022     | HIGHER_IS_BETTER | 6      | 10.47  | 174.50  | melebihi target
            003 | Tabel 3.x      | Pengaduan konsumen UTTP       | LOWER_IS_BETTER  | 5      | 2.00   | 160.00  | melebihi target
            003 | Tabel 3.x      | Harga bapok terkendali        | HIGHER_IS_BETTER | 44     | 48.71  | 110.70  | melebihi target
            003 | Tabel 3.x      | Laporan harga terintegrasi    | HIGHER_IS_BETTER | 12     | 12     | 100.00  | sesuai target
            003 | Tabel 3.x      | Laporan pengawasan pupuk      | HIGHER_IS_BETTER | 60     | 59     | 98.33   | belum mencapai target
            000 | Tabel Capaian  | Sarana distribusi, Desember   | HIGHER_IS_BETTER | 82.00  | 57.97  | 70.70   | belum mencapai target
            000 | Tabel Capaian  | Sarana distribusi, Juni       | HIGHER_IS_BETTER | 41.00  | 41.00  | 100.00  | sesuai target
            000 | Tabel Capaian  | UMKM formal, Februari         | HIGHER_IS_BETTER | 10.00  | 10.00  | 100.00  | sesuai target
            001 | Tabel 3.9      | Capaian kinerja OPD           | HIGHER_IS_BETTER | 80     | 90     | 112.50  | melebihi target
            """)
    void capaian_and_keterangan(String seed, String table, String indicator, Polarity polarity, String target,
                                String realisasi, String capaian, String keterangan) {
        Capaian result = Capaian.hitung(polarity, Nilai.of(target), Realisasi.of(Nilai.of(realisasi)));
        assertThat(result.status()).isEqualTo(StatusCapaian.ADA);
        assertThat(result.persen()).as(seed + " " + table + " " + indicator).isEqualTo(d(capaian));
        assertThat(result.keterangan().label()).isEqualTo(keterangan);
    }

    /** Seeds that print a figure by another rule than the one the platform applies everywhere. */
    @ParameterizedTest(name = "{0} {1}: {2} printed {6} %, the book gives {5} %")
    @CsvSource(delimiter = '|', textBlock = """
            003 | Tabel 3.x | Koefisien variasi harga (semakin kecil semakin baik) | 7.8  | 2.98  | 161.79  | 38.20
            001 | Tabel 3.3 | Pertumbuhan PDRB perdagangan 2022 (salah tempat koma) | 0.2  | 5.77  | 2885.00 | 288.5
            """)
    void seeds_that_print_another_rule(String seed, String table, String indicator, String target, String realisasi,
                                       String book, String printed) {
        Polarity polarity = indicator.contains("semakin kecil") ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
        BigDecimal computed = Capaian.hitung(polarity, Nilai.of(target), Realisasi.of(Nilai.of(realisasi))).persen();
        assertThat(computed).as(seed + " " + table).isEqualTo(d(book)).isNotEqualByComparingTo(d(printed));
    }

    @ParameterizedTest(name = "001 Tabel 3.1: {0} % → {1}")
    @CsvSource({"232.00, SANGAT_TINGGI", "100, SANGAT_TINGGI", "91, SANGAT_TINGGI", "90.50, SANGAT_TINGGI",
            "90.49, TINGGI", "90, TINGGI", "76, TINGGI", "75.50, TINGGI", "75.49, SEDANG", "66, SEDANG",
            "65.50, SEDANG", "65.49, RENDAH", "51, RENDAH", "50.50, RENDAH", "50.49, SANGAT_RENDAH", "0, SANGAT_RENDAH"})
    void kategori_bands_of_001_tabel_3_1(String capaian, Kategori expected) {
        assertThat(Kategori.of(d(capaian))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}: {2} / {3} = {4} %")
    @CsvSource(delimiter = '|', textBlock = """
            001 | Tabel 3.4 | Pendapatan UMKM naik        | HIGHER_IS_BETTER | 16.24 | 9   | 180.44
            001 | Tabel 3.4 | Pendapatan koperasi naik    | HIGHER_IS_BETTER | 15.69 | 25  | 62.76
            001 | Tabel 3.4 | Capaian kinerja PD          | HIGHER_IS_BETTER | 90    | 95  | 94.74
            001 | Tabel 3.4 | Fluktuasi harga Bapokti (semakin kecil; dokumen mencetak 82,39) | LOWER_IS_BETTER | 11.70 | 14.2 | 117.61
            """)
    void tingkat_kemajuan_of_001_tabel_3_4(String seed, String table, String indicator, Polarity polarity,
                                           String realisasi, String targetAkhir, String expected) {
        assertThat(TingkatKemajuan.hitung(polarity, Nilai.of(realisasi), Nilai.of(targetAkhir)))
                .as(seed + " " + table + " " + indicator).contains(d(expected));
    }

    @ParameterizedTest(name = "{0} {1}: {2} of {3} = {4} %")
    @CsvSource(delimiter = '|', textBlock = """
            001 | Tabel 3.9                       | 9440925382 | 12649363995 | 74.64
            000 | Anggaran Sarana Distribusi Feb  | 6729864    | 98718076    | 6.82
            000 | Anggaran Sarana Distribusi Des  | 578425168  | 592308454   | 97.66
            000 | Anggaran Standarisasi Des       | 339128528  | 349760425   | 96.96
            000 | Anggaran Perizinan Mar          | 8763212    | 15829426    | 55.36
            """)
    void serapan_rupiah_over_plan_or_pagu(String seed, String table, long realisasi, long pagu, String expected) {
        assertThat(Serapan.hitung(realisasi, pagu)).as(seed + " " + table).contains(d(expected));
    }

    @ParameterizedTest(name = "001 Tabel 3.9: {0} / {1} = {2}")
    @CsvSource({"112.50, 74.64, 1.51, true", "100.00, 74.64, 1.34, true", "50.00, 74.64, 0.67, false"})
    void efisiensi_of_001_tabel_3_9(String kinerja, String anggaran, String rasio, boolean efisien) {
        assertThat(Efisiensi.hitung(d(kinerja), d(anggaran))).contains(new Efisiensi(d(rasio), efisien));
    }

    @ParameterizedTest(name = "{0} {1}: {2} {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            002 | Rencana Aksi TW I–IV | Tera ulang UTTP            | SUM        | 70,585,120,170  | 945
            002 | Rencana Aksi TW I–IV | Koperasi yang diawasi      | CUMULATIVE | 39,78,117,156   | 156
            002 | Rencana Aksi TW I–IV | Persentase koperasi sehat  | LEVEL      | 9.68,9.68,9.68,9.68 | 9.68
            002 | Rencana Aksi TW I–IV | Triwulan I tanpa target    | SUM        | -,10,10,10      | 30
            """)
    void year_values_of_002(String seed, String table, String indicator, PeriodCombination kind, String periods,
                            String year) {
        List<BigDecimal> values = Arrays.stream(periods.split(",")).map(v -> v.equals("-") ? null : d(v)).toList();
        assertThat(NilaiTahunan.gabung(kind, values, 2)).as(seed + " " + table + " " + indicator).contains(d(year));
        Map<Periode, Realisasi> recorded = new EnumMap<>(Periode.class);
        for (int i = 0; i < 4; i++) {
            if (values.get(i) != null) {
                recorded.put(Periode.all(Periode.Granularity.TRIWULAN).get(i), Realisasi.of(Nilai.of(values.get(i))));
            }
        }
        assertThat(NilaiTahunan.realisasi(kind, recorded, Periode.TAHUN).value().angka()).isEqualByComparingTo(year);
    }

    @ParameterizedTest(name = "003 {0}: {1} {2} → {3} % (printed {4})")
    @CsvSource(delimiter = '|', textBlock = """
            Tabel 3.x / luwu-timur-2024.yaml | PERTUMBUHAN | nilai_tahun_ini=332310000;nilai_tahun_lalu=300010000 | 10.77 | 9.72
            Tabel 15 / luwu-timur-2024.yaml  | RASIO       | pembilang=137;penyebut=173                            | 79.19 | 79.19
            Tabel 3.x / luwu-timur-2024.yaml | RASIO       | pembilang=19;penyebut=39                              | 48.72 | 48.71
            Tabel 3.x / luwu-timur-2024.yaml | RATA_RATA_RASIO | beras.pembilang=120;beras.penyebut=100;gula.pembilang=50;gula.penyebut=100 | 85.00 | 85.00
            """)
    void formula_indicators_of_003(String table, id.kinerja.api.indikator.FormulaKind kind, String components,
                                   String computed, String printed) {
        Map<String, BigDecimal> values = new java.util.TreeMap<>();
        for (String pair : components.split(";")) {
            values.put(pair.split("=")[0], d(pair.split("=")[1]));
        }
        assertThat(Rumus.masalah(kind, values)).isEmpty();
        assertThat(Rumus.hitung(kind, values)).as("003 " + table + " printed " + printed).isEqualTo(d(computed));
    }

    @ParameterizedTest(name = "004 Lampiran PK Perubahan: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            total pagu sebelum perubahan | 19878378920 | 22243685702 | 2365306782
            """)
    void totals_are_computed_from_the_lines(String what, long before, long after, long difference) {
        assertThat(Jumlah.rupiah(java.util.stream.LongStream.of(after, -before))).isEqualTo(difference);
    }

    /** 001 Tabel 3.2: the sasaran mean leaves the PDRB indicators waiting for BPS out, and says so. */
    @org.junit.jupiter.api.Test
    void averages_of_001_tabel_3_2_leave_pending_out() {
        RataRata result = RataRata.of(List.of(
                RataRata.Anggota.dari("IKU-UMKM", Capaian.hitung(Polarity.HIGHER_IS_BETTER, Nilai.of("7"),
                        Realisasi.of(Nilai.of("16.24")))),
                RataRata.Anggota.dari("IKU-PDRB-DAGANG", Capaian.hitung(Polarity.HIGHER_IS_BETTER, Nilai.of("5.1"),
                        Realisasi.pending("Menunggu Rilis PDRB oleh BPS 2024"))),
                RataRata.Anggota.dari("IKU-PDRB-INDUSTRI", Capaian.hitung(Polarity.HIGHER_IS_BETTER, Nilai.of("6.1"),
                        Realisasi.pending("Menunggu Rilis PDRB oleh BPS 2024")))));
        assertThat(result.rataRata()).isEqualTo(d("232.00"));
        assertThat(result.dihitung()).isEqualTo(1);
        assertThat(result.dikecualikan()).extracting(RataRata.Dikecualikan::alasan)
                .containsOnly("pending: Menunggu Rilis PDRB oleh BPS 2024");
        assertThat(result.kategori()).isEqualTo(Kategori.SANGAT_TINGGI);
    }
}
