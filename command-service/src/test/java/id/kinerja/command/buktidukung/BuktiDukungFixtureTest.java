package id.kinerja.command.buktidukung;

import id.kinerja.api.buktidukung.AttachBuktiDukung;
import id.kinerja.api.buktidukung.Berkas;
import id.kinerja.api.buktidukung.BuktiDukungAttached;
import id.kinerja.api.buktidukung.BuktiDukungRemoved;
import id.kinerja.api.buktidukung.BuktiUntuk;
import id.kinerja.api.buktidukung.RemoveBuktiDukung;
import id.kinerja.api.common.Nilai;
import id.kinerja.api.common.Periode;
import id.kinerja.api.common.Rupiah;
import id.kinerja.api.realisasi.RealisasiAnggaranRecorded;
import id.kinerja.api.realisasi.RealisasiRecorded;
import id.kinerja.command.pk.BadungPk;
import id.kinerja.command.pk.PerjanjianKinerja;
import id.kinerja.command.pk.PkFixtures;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.kinerja.api.common.Periode.TW1;
import static id.kinerja.command.pk.BadungPk.PK;
import static id.kinerja.command.shared.Violations.violates;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bukti dukung: a file of an accepted type and size supports a recorded realisasi or budget realisation; attaching
 * the same file there again changes nothing; a removal names the file it takes off. (Locked periods:
 * {@code PenguncianFixtureTest}.)
 */
class BuktiDukungFixtureTest {

    private static final BuktiUntuk UTTP_TW1 = BuktiUntuk.realisasi("SK-1", TW1);
    private static final BuktiUntuk SPENDING_MAR = BuktiUntuk.realisasiAnggaran("P01.K1.S1", Periode.MAR);
    private static final Berkas BERITA_ACARA = berkas("a1", "berita-acara-tera.pdf", 182_344, "application/pdf");

    private FixtureConfiguration<PerjanjianKinerja> fixture;

    @BeforeEach
    void setUp() {
        fixture = PkFixtures.tanpaJadwal();
    }

    @Test
    void a_file_supports_a_recorded_realisasi_once() {
        fixture.given(recorded())
                .when(new AttachBuktiDukung(PK, UTTP_TW1, berkas("a1", " berita-acara-tera.pdf ", 182_344,
                        "application/pdf")))
                .expectEvents(new BuktiDukungAttached(PK, UTTP_TW1, BERITA_ACARA))
                .expectResultMessagePayload(true);
        fixture.given(withAttached())
                .when(new AttachBuktiDukung(PK, UTTP_TW1, BERITA_ACARA))
                .expectNoEvents()
                .expectResultMessagePayload(false);
        fixture.given(withAttached())
                .when(new AttachBuktiDukung(PK, SPENDING_MAR, BERITA_ACARA))
                .expectEvents(new BuktiDukungAttached(PK, SPENDING_MAR, BERITA_ACARA));
    }

    @Test
    void only_what_is_recorded_is_supported() {
        fixture.given(recorded())
                .when(new AttachBuktiDukung(PK, BuktiUntuk.realisasi("SK-1", Periode.TW2), BERITA_ACARA))
                .expectException(violates("realisasi-missing", "untuk.period"));
        fixture.given(recorded())
                .when(new AttachBuktiDukung(PK, BuktiUntuk.realisasi("SK-9", TW1), BERITA_ACARA))
                .expectException(violates("indicator-unknown", "untuk.kode"));
        fixture.given(recorded())
                .when(new AttachBuktiDukung(PK, BuktiUntuk.realisasiAnggaran("P01.K1.S1", Periode.APR), BERITA_ACARA))
                .expectException(violates("realisasi-anggaran-missing", "untuk.period"));
        fixture.given(recorded())
                .when(new AttachBuktiDukung(PK, null, BERITA_ACARA))
                .expectException(violates("required", "untuk"));
    }

    @Test
    void only_documents_and_images_up_to_20_mb_are_accepted() {
        fixture.given(recorded())
                .when(new AttachBuktiDukung(PK, UTTP_TW1, berkas("b2", "laporan.pdf", 40_960,
                        "application/x-executable")))
                .expectException(violates("jenis-berkas-tidak-diterima", "berkas.mediaType"));
        fixture.given(recorded())
                .when(new AttachBuktiDukung(PK, UTTP_TW1, berkas("b3", "rekaman.pdf", 21L * 1024 * 1024,
                        "application/pdf")))
                .expectException(violates("berkas-terlalu-besar", "berkas.ukuran"));
        fixture.given(recorded())
                .when(new AttachBuktiDukung(PK, UTTP_TW1, berkas("b4", "kosong.pdf", 0, "application/pdf")))
                .expectException(violates("berkas-kosong", "berkas.ukuran"));
        fixture.given(recorded())
                .when(new AttachBuktiDukung(PK, UTTP_TW1, new Berkas("ABC", "x.pdf", 10, "application/pdf")))
                .expectException(violates("sha256-invalid", "berkas.sha256"));
        fixture.given(recorded())
                .when(new AttachBuktiDukung(PK, UTTP_TW1, berkas("b5", "../../etc/passwd", 10, "application/pdf")))
                .expectException(violates("nama-berkas", "berkas.nama"));
        fixture.given(recorded())
                .when(new AttachBuktiDukung(PK, UTTP_TW1, berkas("b6", "rekap.xlsx", 9_000,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_realisasi_has_at_most_twenty_files() {
        List<Object> full = recorded();
        for (int i = 0; i < DaftarBuktiDukung.PER_REALISASI_MAKSIMUM; i++) {
            full.add(new BuktiDukungAttached(PK, UTTP_TW1, berkas(String.format("%02x", i), "foto-" + i + ".jpg", 1000,
                    "image/jpeg")));
        }
        fixture.given(full)
                .when(new AttachBuktiDukung(PK, UTTP_TW1, berkas("ff", "foto-21.jpg", 1000, "image/jpeg")))
                .expectException(violates("bukti-dukung-terlalu-banyak", "berkas"));
    }

    @Test
    void a_removal_names_the_file_it_takes_off() {
        fixture.given(withAttached())
                .when(new RemoveBuktiDukung(PK, UTTP_TW1, BERITA_ACARA.sha256(), " Salah unggah "))
                .expectEvents(new BuktiDukungRemoved(PK, UTTP_TW1, BERITA_ACARA, "Salah unggah"));
        fixture.given(withAttached())
                .when(new RemoveBuktiDukung(PK, SPENDING_MAR, BERITA_ACARA.sha256(), null))
                .expectException(violates("bukti-dukung-missing", "sha256"));
        List<Object> removed = withAttached();
        removed.add(new BuktiDukungRemoved(PK, UTTP_TW1, BERITA_ACARA, null));
        fixture.given(removed)
                .when(new AttachBuktiDukung(PK, UTTP_TW1, BERITA_ACARA))
                .expectEvents(new BuktiDukungAttached(PK, UTTP_TW1, BERITA_ACARA));
    }

    @Test
    void a_file_ever_attached_stays_downloadable_after_its_removal() {
        List<Object> removed = withAttached();
        removed.add(new BuktiDukungRemoved(PK, UTTP_TW1, BERITA_ACARA, null));
        Berkas foto = berkas("c7", "foto.jpg", 1000, "image/jpeg");
        fixture.given(removed)
                .when(new AttachBuktiDukung(PK, SPENDING_MAR, foto))
                .expectState(pk -> {
                    assertThat(pk.buktiDukung(BERITA_ACARA.sha256())).contains(BERITA_ACARA);
                    assertThat(pk.buktiDukung(foto.sha256())).contains(foto);
                    assertThat(pk.buktiDukung("d" + "0".repeat(63))).isEmpty();
                });
    }

    private static List<Object> recorded() {
        List<Object> events = new ArrayList<>(BadungPk.signed());
        events.add(new RealisasiRecorded(PK, "SK-1", TW1, Nilai.of("72"), null, Map.of(), null, null));
        events.add(new RealisasiAnggaranRecorded(PK, "P01.K1.S1", Periode.MAR, Rupiah.of(1_250_000)));
        return events;
    }

    private static List<Object> withAttached() {
        List<Object> events = recorded();
        events.add(new BuktiDukungAttached(PK, UTTP_TW1, BERITA_ACARA));
        return events;
    }

    private static Berkas berkas(String hashStart, String nama, long ukuran, String mediaType) {
        return new Berkas(hashStart + "0".repeat(64 - hashStart.length()), nama, ukuran, mediaType);
    }
}
