package id.kinerja.command.pk;

import id.kinerja.api.pk.AddKegiatan;
import id.kinerja.api.pk.AddProgram;
import id.kinerja.api.pk.AddSubKegiatan;
import id.kinerja.api.pk.AlasanPerubahan;
import id.kinerja.api.pk.AmendPerjanjianKinerja;
import id.kinerja.api.pk.Kegiatan;
import id.kinerja.api.pk.KegiatanAdded;
import id.kinerja.api.pk.PaguAmendment;
import id.kinerja.api.pk.PaguChange;
import id.kinerja.api.pk.PerjanjianKinerjaAmended;
import id.kinerja.api.pk.Program;
import id.kinerja.api.pk.ProgramAdded;
import id.kinerja.api.pk.SubKegiatan;
import id.kinerja.api.pk.SubKegiatanAdded;
import id.kinerja.api.common.Rupiah;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static id.kinerja.command.pk.BadungPk.BUPATI;
import static id.kinerja.command.pk.BadungPk.KEPALA_DINAS;
import static id.kinerja.command.pk.BadungPk.PK;
import static id.kinerja.command.shared.Violations.violates;

/**
 * Programs, kegiatan and sub kegiatan carry their national nomenclature code (Kepmendagri 050-5889/2021): given, or
 * found from the name as documents print it, under the parent's code; a given code has its level's shape and
 * continues its parent's.
 */
class NomenklaturFixtureTest {

    private FixtureConfiguration<PerjanjianKinerja> fixture;

    @BeforeEach
    void setUp() {
        fixture = PkFixtures.tanpaJadwal();
    }

    @Test
    void a_program_printed_with_a_stray_comma_gets_the_national_code_of_its_name() {
        Program umkm = new Program("P06", "S1", "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
                List.of());
        fixture.given(BadungPk.draftStructure())
                .when(new AddProgram(PK, umkm))
                .expectEvents(new ProgramAdded(PK, umkm.withNomenklatur("2.17.07")));
    }

    @Test
    void a_kegiatan_and_sub_kegiatan_are_found_under_their_parents_code() {
        List<Object> given = new ArrayList<>(BadungPk.draftStructure());
        given.add(new ProgramAdded(PK, new Program("P13", "S1", "Program Penunjang Urusan Pemerintahan Daerah "
                + "Kabupaten/Kota", List.of(), "2.17.01")));
        Kegiatan keuangan = new Kegiatan("P13.K2", "P13", "Administrasi Keuangan Perangkat Daerah", List.of());
        fixture.given(given)
                .when(new AddKegiatan(PK, keuangan))
                .expectEvents(new KegiatanAdded(PK, keuangan.withNomenklatur("2.17.01.2.02")));
        given.add(new KegiatanAdded(PK, keuangan.withNomenklatur("2.17.01.2.02")));
        SubKegiatan gaji = new SubKegiatan("P13.K2.S1", "P13.K2", "Penyediaan Gaji dan Tunjangan ASN", List.of());
        fixture.given(given)
                .when(new AddSubKegiatan(PK, gaji))
                .expectEvents(new SubKegiatanAdded(PK, gaji.withNomenklatur("2.17.01.2.02.0001")));
    }

    @Test
    void a_name_the_catalogue_does_not_know_is_added_without_a_code() {
        Program pariwisata = new Program("P20", "S1", "Program Pengembangan Pariwisata", List.of());
        fixture.given(BadungPk.draftStructure())
                .when(new AddProgram(PK, pariwisata))
                .expectEvents(new ProgramAdded(PK, pariwisata));
    }

    @Test
    void a_given_code_has_the_shape_of_its_level() {
        fixture.given(BadungPk.draftStructure())
                .when(new AddProgram(PK, new Program("P04", "S1", "Program Pengawasan dan Pemeriksaan Koperasi",
                        List.of(), "2.17.03.2.01")))
                .expectException(violates("nomenklatur-format", "program.nomenklatur")).expectNoEvents();
    }

    @Test
    void a_given_code_continues_its_parents_code() {
        List<Object> given = new ArrayList<>(BadungPk.draftStructure());
        given.add(new ProgramAdded(PK, new Program("P04", "S1", "Program Pengawasan dan Pemeriksaan Koperasi",
                List.of(), "2.17.03")));
        fixture.given(given)
                .when(new AddKegiatan(PK, new Kegiatan("P04.K1", "P04", "Pelaksanaan Metrologi Legal", List.of(),
                        "3.30.06.2.01")))
                .expectException(violates("nomenklatur-parent", "kegiatan.nomenklatur")).expectNoEvents();
    }

    @Test
    void a_pk_perubahan_adds_kegiatan_with_their_codes_too() {
        List<Object> signed = new ArrayList<>(BadungPk.signed());
        signed.set(1, new ProgramAdded(PK, new Program("P01", "S1", "Program Pelayanan Izin Usaha Simpan Pinjam",
                List.of(BadungPk.PERTUMBUHAN_UMKM), "2.17.02")));
        Kegiatan kantorCabang = new Kegiatan("P01.K2", "P01", "Penerbitan Izin Pembukaan Kantor Cabang, Cabang Pembantu "
                + "dan Kantor Kas Koperasi Simpan Pinjam untuk Koperasi dengan Wilayah Keanggotaan dalam Daerah "
                + "Kabupaten/Kota", List.of());
        SubKegiatan fasilitasi = new SubKegiatan("P01.K2.S1", "P01.K2", "Fasilitasi Pemenuhan Izin Pembukaan Kantor "
                + "Cabang", List.of());
        LocalDate september22 = LocalDate.of(2023, 9, 22);
        fixture.given(signed)
                .when(new AmendPerjanjianKinerja(PK, AlasanPerubahan.PERUBAHAN_STRATEGI, "kegiatan baru", september22,
                        september22, "Mangupura", KEPALA_DINAS, BUPATI, List.of(), List.of(kantorCabang),
                        List.of(fasilitasi), List.of(), List.of(new PaguChange("P01.K2.S1", Rupiah.of(612_123)))))
                .expectEvents(new PerjanjianKinerjaAmended(PK, 1, AlasanPerubahan.PERUBAHAN_STRATEGI, "kegiatan baru",
                        september22, september22, "Mangupura", KEPALA_DINAS, BUPATI, List.of(),
                        List.of(kantorCabang.withNomenklatur("2.17.02.2.02")), List.of(fasilitasi), List.of(),
                        List.of(new PaguAmendment("P01.K2.S1", null, Rupiah.of(612_123)))));
    }
}
