package id.kinerja.reporting.dokumen;

import id.kinerja.api.common.Signatory;
import id.kinerja.queryapi.pk.PerjanjianKinerjaView;
import id.kinerja.queryapi.pk.Revisi;
import id.kinerja.reporting.naskah.Angka;
import id.kinerja.reporting.naskah.Dokumen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts every PK document shares: the title naming the perangkat daerah and the daerah, the statement of
 * PermenPAN-RB 53/2014 between Pihak Pertama and Pihak Kedua, their signature blocks, and the line saying which
 * recorded time and revision the document shows.
 */
final class Pernyataan {

    private Pernyataan() {
    }

    static List<String> judul(String dokumen, PerjanjianKinerjaView pk) {
        List<String> judul = new ArrayList<>();
        judul.add(dokumen + " TAHUN " + pk.year());
        judul.add(upper(pk.opdName()));
        if (pk.pemdaName() != null) {
            judul.add(upper(pk.pemdaName()));
        }
        return judul;
    }

    static Dokumen.Paragraf pernyataan(Revisi revisi) {
        Signatory pertama = revisi.pihakPertama();
        Signatory kedua = revisi.pihakKedua();
        return new Dokumen.Paragraf("""
                Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta \
                berorientasi pada hasil, kami yang bertanda tangan di bawah ini:
                Nama\t: %s
                Jabatan\t: %s
                selanjutnya disebut Pihak Pertama;
                Nama\t: %s
                Jabatan\t: %s
                selaku atasan Pihak Pertama, selanjutnya disebut Pihak Kedua.
                Pihak Pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, \
                dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen \
                perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.
                Pihak Kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian \
                kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan \
                dan sanksi.""".formatted(pertama.name(), pertama.position(), kedua.name(), kedua.position()));
    }

    static Dokumen.TandaTangan tandaTangan(Revisi revisi) {
        return new Dokumen.TandaTangan(revisi.place() + ", " + Angka.tanggal(revisi.signedOn()), List.of(
                penanda("PIHAK KEDUA", revisi.pihakKedua()), penanda("PIHAK PERTAMA", revisi.pihakPertama())));
    }

    /** Which facts the document shows: the revision, and the recorded time (the request's moment when none was asked). */
    static Dokumen.Paragraf keadaan(PerjanjianKinerjaView pk, Instant asOf) {
        Revisi revisi = pk.revisiBerlaku();
        String which = revisi == null ? "belum ditandatangani"
                : revisi.revision() == 0 ? "PK induk" : "PK Perubahan ke-" + revisi.revision();
        return new Dokumen.Paragraf("Dokumen ini disusun dari data Kinerja (" + which + "), keadaan tercatat per "
                + asOf + ".");
    }

    private static Dokumen.Penanda penanda(String peran, Signatory signatory) {
        return new Dokumen.Penanda(peran, signatory.position(), signatory.name(), signatory.rank(), signatory.nip());
    }

    static String upper(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT);
    }
}
