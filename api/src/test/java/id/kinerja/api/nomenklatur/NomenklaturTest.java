package id.kinerja.api.nomenklatur;

import id.kinerja.api.nomenklatur.Nomenklatur.Entry;
import id.kinerja.api.nomenklatur.Nomenklatur.Level;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue shipped with the repository, and names as the seed documents print them. */
class NomenklaturTest {

    private final Nomenklatur catalogue = Nomenklatur.catalogue();

    @Test
    void the_same_program_printed_two_ways_is_one_code() {
        // 004 Badung and 000 Buleleng: one comma apart.
        assertThat(code(Level.PROGRAM, null, "Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro (UMKM)"))
                .isEqualTo("2.17.07");
        assertThat(code(Level.PROGRAM, null, "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO  (UMKM)"))
                .isEqualTo("2.17.07");
    }

    @Test
    void spellings_documents_are_known_to_print_find_the_national_entry() {
        assertThat(code(Level.PROGRAM, null, "Program Standarisasi dan Perlindungan Konsumen")).isEqualTo("3.30.06");
        assertThat(code(Level.PROGRAM, null, "Program Penilaian Kesehatan KSP/USP")).isEqualTo("2.17.04");
        assertThat(code(Level.KEGIATAN, "2.17.03", "Pemeriksaan dan Pengawasan Koperasi, Simpan Pinjam/ Unit Simpan "
                + "Pinjam Koperasi Wilayah Keanggotaannya dalam daerah Kabupaten/Kota")).isEqualTo("2.17.03.2.01");
        assertThat(code(Level.KEGIATAN, "3.30.04", "Menjamin Ketersediaan Barang Kebutuhan Pokok dan Barang Penting di "
                + "Tingkat Daerah Kabupaten/ Kota")).isEqualTo("3.30.04.2.01");
    }

    @Test
    void the_supporting_program_exists_under_every_urusan_so_its_name_alone_is_ambiguous() {
        Nomenklatur.Lookup penunjang = catalogue.lookup(Level.PROGRAM, null,
                "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota");
        assertThat(penunjang.ambiguous()).isTrue();
        assertThat(penunjang.candidates()).extracting(Entry::code).containsExactly("2.17.01", "3.30.01", "3.31.01");
        // Under a known program its kegiatan and sub kegiatan are found.
        assertThat(code(Level.KEGIATAN, "3.30.01", "Administrasi Keuangan Perangkat Daerah")).isEqualTo("3.30.01.2.02");
        assertThat(code(Level.SUB_KEGIATAN, "3.30.01.2.02", "Penyediaan Gaji dan Tunjangan ASN"))
                .isEqualTo("3.30.01.2.02.0001");
    }

    @Test
    void a_name_that_fits_nothing_is_not_guessed() {
        assertThat(catalogue.lookup(Level.PROGRAM, null, "Program Pengembangan Pariwisata").candidates()).isEmpty();
        assertThat(catalogue.lookup(Level.KEGIATAN, "2.17.05",
                "Pendidikan dan Pelatihan SDM Usaha Mikro dalam 1 (satu) Daerah Kabupaten/Kota").candidates()).isEmpty();
        assertThat(catalogue.lookup(Level.KEGIATAN, "2.17.02", "Pengembangan UMKM").candidates()).isEmpty();
    }

    @Test
    void every_code_has_its_levels_shape_and_its_parent_in_the_catalogue() {
        for (String code : List.of("2.17", "2.17.07", "2.17.07.2.01", "3.31.01.2.06.0002")) {
            assertThat(catalogue.entry(code)).as(code).isPresent();
        }
        assertThat(Level.PROGRAM.fits("2.17.03")).isTrue();
        assertThat(Level.KEGIATAN.fits("2.17.03")).isFalse();
        assertThat(Level.SUB_KEGIATAN.fits("2.17.01.2.01.0001")).isTrue();
        assertThat(Level.SUB_KEGIATAN.fits("2.17.01.2.01.01")).isFalse();
    }

    private String code(Level level, String parent, String name) {
        return catalogue.lookup(level, parent, name).found().map(Entry::code).orElse(null);
    }
}
